using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services that act as a given user (null: SYSTEM).</summary>
public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
