using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>Checks that a compiled plugin binds to the real SDK: allowed assembly references only, and every SDK type and member it uses exists in the real listings.</summary>
public static class SdkBindingCheck
{
    /// <summary>The target framework a plugin assembly must be built for (the sandbox runs .NET Framework 4.6.2).</summary>
    public const string RequiredTargetFramework = ".NETFramework,Version=v4.6.2";

    private const string TargetFrameworkAttribute = "System.Runtime.Versioning.TargetFrameworkAttribute";

    /// <summary>Problems, one line each naming the offending reference; empty when the plugin binds to the real SDK.</summary>
    public static IReadOnlyList<string> FindProblems(string assemblyPath, ApiListingFile xrmSdk, ApiListingFile crmProxy) =>
        FindProblems(assemblyPath, [xrmSdk, crmProxy]);

    /// <summary>As above, with the SDK assemblies given by their listings: references to them must match the listing's identity exactly.</summary>
    public static IReadOnlyList<string> FindProblems(string assemblyPath, IReadOnlyCollection<ApiListingFile> sdkListings)
    {
        ArgumentNullException.ThrowIfNull(sdkListings);
        var listingsByName = sdkListings.ToDictionary(listing => listing.AssemblyName, StringComparer.Ordinal);
        return PublicApiListing.Read(assemblyPath, reader =>
        {
            var problems = new List<string>();
            var sdkReferences = CheckAssemblyReferences(reader, listingsByName, problems);
            var names = new ListingTypeNames(reader);
            CheckTypeReferences(reader, names, sdkReferences, problems);
            CheckMemberReferences(reader, names, sdkReferences, problems);
            return problems.Distinct(StringComparer.Ordinal).ToList();
        });
    }

    /// <summary>The value of the assembly's <c>TargetFrameworkAttribute</c> (e.g. <c>.NETFramework,Version=v4.6.2</c>), or null without one.</summary>
    public static string? ReadTargetFramework(string assemblyPath) => PublicApiListing.Read(assemblyPath, reader =>
    {
        var names = new ListingTypeNames(reader);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (names.AttributeTypeName(attribute) == TargetFrameworkAttribute)
            {
                var arguments = attribute.DecodeValue(names).FixedArguments;
                return arguments.Length > 0 ? arguments[0].Value as string : null;
            }
        }

        return null;
    });

    private static Dictionary<AssemblyReferenceHandle, ApiListingFile> CheckAssemblyReferences(
        MetadataReader reader, Dictionary<string, ApiListingFile> listingsByName, List<string> problems)
    {
        var sdkReferences = new Dictionary<AssemblyReferenceHandle, ApiListingFile>();
        foreach (var handle in reader.AssemblyReferences)
        {
            var identity = AssemblyIdentities.Of(reader, reader.GetAssemblyReference(handle));
            var name = AssemblyIdentities.NameOf(identity);
            if (listingsByName.TryGetValue(name, out var listing))
            {
                sdkReferences[handle] = listing;
                if (identity != listing.Identity)
                {
                    problems.Add($"assemblyref {identity} must be exactly {listing.Identity}, the assembly the sandbox provides");
                }
            }
            else if (name is "netstandard" or "System.Runtime" or "System.Private.CoreLib")
            {
                problems.Add($"assemblyref {identity} is forbidden: it means the DLL was not built for .NET Framework ({RequiredTargetFramework})");
            }
            else if (name is not ("mscorlib" or "System") && !name.StartsWith("System.", StringComparison.Ordinal))
            {
                problems.Add(
                    $"assemblyref {identity} is not allowed: the sandbox provides only mscorlib, System* and " +
                    string.Join(", ", listingsByName.Keys.Order(StringComparer.Ordinal)));
            }
        }

        return sdkReferences;
    }

    private static void CheckTypeReferences(
        MetadataReader reader, ListingTypeNames names, Dictionary<AssemblyReferenceHandle, ApiListingFile> sdkReferences, List<string> problems)
    {
        foreach (var handle in reader.TypeReferences)
        {
            if (ListingOf(reader, handle, sdkReferences) is not { } listing)
            {
                continue;
            }

            var name = names.NameOf(handle);
            if (!listing.TypeNames.Contains(name))
            {
                problems.Add($"typeref {name} is not a public type of the real {Describe(listing)}");
            }
        }
    }

    // Method refs called through a MethodSpec (generic method instantiations) still point at a MemberRef row, so every row is seen here.
    private static void CheckMemberReferences(
        MetadataReader reader, ListingTypeNames names, Dictionary<AssemblyReferenceHandle, ApiListingFile> sdkReferences, List<string> problems)
    {
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (DeclaringSdkType(reader, member.Parent, sdkReferences) is not { } declaring)
            {
                continue;
            }

            var typeName = names.NameOf(declaring.Type);
            if (!declaring.Listing.TypeNames.Contains(typeName))
            {
                // Already reported as a missing type; its members would only repeat that.
                continue;
            }

            var name = reader.GetString(member.Name);
            string key;
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                key = ApiMemberKey.ForField(typeName, name, member.DecodeFieldSignature(names, null));
            }
            else
            {
                var signature = member.DecodeMethodSignature(names, null);
                key = ApiMemberKey.ForMethod(typeName, name, signature.GenericParameterCount, signature.ParameterTypes, signature.ReturnType);
            }

            if (!declaring.Listing.MemberKeys.Contains(key))
            {
                problems.Add($"memberref {key} is not a public member of the real {Describe(declaring.Listing)}");
            }
        }
    }

    // Members of SDK generic types are referenced through a TypeSpec such as DataCollection`1<Entity>; the listing has the open type.
    private static (TypeReferenceHandle Type, ApiListingFile Listing)? DeclaringSdkType(
        MetadataReader reader, EntityHandle parent, Dictionary<AssemblyReferenceHandle, ApiListingFile> sdkReferences)
    {
        var type = parent;
        if (parent.Kind == HandleKind.TypeSpecification)
        {
            var signature = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            if (signature.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return null;
            }

            signature.ReadSignatureTypeCode();
            type = signature.ReadTypeHandle();
        }

        return type.Kind == HandleKind.TypeReference && ListingOf(reader, (TypeReferenceHandle)type, sdkReferences) is { } listing
            ? ((TypeReferenceHandle)type, listing)
            : null;
    }

    private static ApiListingFile? ListingOf(
        MetadataReader reader, TypeReferenceHandle handle, Dictionary<AssemblyReferenceHandle, ApiListingFile> sdkReferences)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        return scope.Kind == HandleKind.AssemblyReference && sdkReferences.TryGetValue((AssemblyReferenceHandle)scope, out var listing)
            ? listing
            : null;
    }

    private static string Describe(ApiListingFile listing)
    {
        var version = listing.Identity.Split(", ").FirstOrDefault(part => part.StartsWith("Version=", StringComparison.Ordinal));
        return version is null ? listing.AssemblyName : $"{listing.AssemblyName} {version["Version=".Length..]}";
    }
}
