using System;
using System.Security.Cryptography;
using System.ServiceModel;
using System.Text;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Security;

// The faults the platform raises when a check fails, with its codes (web-service-error-codes) and message shapes. The shapes are
// [community]: copied from real faults quoted in issues and Microsoft's troubleshooting pages, less what the emulator cannot
// know (object type codes, display names, Entra object ids).
internal static class SecurityFaults
{
    private static readonly string[] AccessModes = ["Read-Write", "Administrative", "Read", "Support User", "Non-interactive", "Delegated Admin"];

    // The privilege check failed: the caller's roles do not hold the privilege at any depth.
    public static FaultException<OrganizationServiceFault> PrivilegeDenied(Principal principal, string privilegeName, string? table)
    {
        var mode = principal.AccessMode >= 0 && principal.AccessMode < AccessModes.Length ? $"{principal.AccessMode} {AccessModes[principal.AccessMode]}" : $"{principal.AccessMode}";
        var entity = table is null ? string.Empty : $" for entity '{table}'";
        return Fault.Create(
            ErrorCodes.PrivilegeDenied,
            $"Principal user (Id={principal.UserId}, type=8, roleCount={principal.RoleCount}, privilegeCount={principal.Grants.Count}, accessMode='{mode}', "
            + $"businessUnitId={principal.BusinessUnitId}), is missing {privilegeName} privilege (Id={PrivilegeId(privilegeName)}){entity}. "
            + $"context.Caller={principal.UserId}. Consider adding missed privilege to one of the principal (user/team) roles.");
    }

    // The privilege check passed but its depth does not reach this row.
    public static FaultException<OrganizationServiceFault> AccessDenied(Principal principal, AccessRight right, string table, Guid rowId) =>
        Fault.Create(
            ErrorCodes.RecordAccessDenied,
            $"Principal with id {principal.UserId} does not have {right}Access right(s) for record with id {rowId} of entity {table}.");

    // A value sent for a secured column that no profile of the caller lets them set; the platform's text, plus the column for the person fixing it.
    public static FaultException<OrganizationServiceFault> SecuredColumnNotSettable(Guid userId, bool create, string table, string column) =>
        create
            ? Fault.Create(
                ErrorCodes.AttributePrivilegeCreateIsMissing,
                $"The user does not have create permissions to a secured field. The requested operation could not be completed. User {userId}, column '{column}' of '{table}'.")
            : Fault.Create(
                ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate,
                $"The user doesn't have AttributePrivilegeUpdate and not granted shared access for a secured attribute during update operation. User {userId}, column '{column}' of '{table}'.");

    public static FaultException<OrganizationServiceFault> UserNotEnabled(Guid userId) =>
        Fault.Create(ErrorCodes.UserNotEnabled, $"The specified user is either disabled or is not a member of any business unit. SystemUserId: {userId}.");

    // Privilege ids differ per environment's metadata; the emulator derives a stable one from the name so a message names the same id each time.
    private static Guid PrivilegeId(string privilegeName) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(privilegeName.ToUpperInvariant())).AsSpan(0, 16));
}
