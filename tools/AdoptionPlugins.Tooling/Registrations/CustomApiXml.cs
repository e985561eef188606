using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>
/// Reads a <c>customapis/&lt;uniquename&gt;/</c> folder: <c>customapi.xml</c>, <c>customapirequestparameters/*/customapirequestparameter.xml</c>
/// and <c>customapiresponseproperties/*/customapiresponseproperty.xml</c> (solution-format 3, dataverse-facts 2.1).
/// </summary>
public static class CustomApiXml
{
    public const string Folder = "customapis";

    /// <summary>Reads one custom API folder; paths in errors are shown relative to <paramref name="solutionFolder"/>.</summary>
    public static CustomApiRegistration ReadFolder(string solutionFolder, string apiFolder)
    {
        var path = Path.Combine(apiFolder, "customapi.xml");
        var source = RelativePath(solutionFolder, path);
        if (!File.Exists(path))
        {
            throw Error(RelativePath(solutionFolder, apiFolder), "customapi.xml is missing from the custom API folder");
        }

        var api = LoadRoot(path, source, "customapi");
        var uniqueName = RequiredAttribute(api, "uniquename", source);
        var folderName = Path.GetFileName(apiFolder);
        if (!string.Equals(uniqueName, folderName, StringComparison.Ordinal))
        {
            throw Error(source, $"the uniquename is {uniqueName} but the folder is {folderName}; exports name the folder after the uniquename");
        }

        return new CustomApiRegistration
        {
            UniqueName = uniqueName,
            Name = Text(api, "name"),
            DisplayName = DefaultLabel(api, "displayname"),
            Description = DefaultLabel(api, "description"),
            BindingType = ReadEnum<CustomApiBindingType>(api, "bindingtype", source, "0 (global), 1 (entity) or 2 (entity collection)"),
            BoundEntityLogicalName = Text(api, "boundentitylogicalname"),
            IsFunction = Flag(api, "isfunction", source, fallback: false),
            IsPrivate = Flag(api, "isprivate", source, fallback: false),
            AllowedCustomProcessingStepType = ReadEnum<CustomProcessingStepType>(
                api, "allowedcustomprocessingsteptype", source, "0 (none), 1 (async only) or 2 (sync and async)"),
            PluginTypeExportKey = api.Element("plugintypeid")?.Element("plugintypeexportkey")?.Value,
            ExecutePrivilegeName = Text(api, "executeprivilegename"),
            IsCustomizable = Flag(api, "iscustomizable", source, fallback: true),
            WorkflowSdkStepEnabled = Flag(api, "workflowsdkstepenabled", source, fallback: false),
            RequestParameters = Parts(solutionFolder, apiFolder, "customapirequestparameters", "customapirequestparameter", ReadParameter).ToValueList(),
            ResponseProperties = Parts(solutionFolder, apiFolder, "customapiresponseproperties", "customapiresponseproperty", ReadProperty).ToValueList(),
        };
    }

    private static CustomApiRequestParameter ReadParameter(XElement parameter, string source) =>
        new()
        {
            UniqueName = RequiredAttribute(parameter, "uniquename", source),
            Name = Text(parameter, "name"),
            DisplayName = DefaultLabel(parameter, "displayname"),
            Description = DefaultLabel(parameter, "description"),
            Type = ReadType(parameter, source),
            IsOptional = Flag(parameter, "isoptional", source, fallback: false),
            LogicalEntityName = Text(parameter, "logicalentityname"),
            IsCustomizable = Flag(parameter, "iscustomizable", source, fallback: true),
        };

    private static CustomApiResponseProperty ReadProperty(XElement property, string source) =>
        new()
        {
            UniqueName = RequiredAttribute(property, "uniquename", source),
            Name = Text(property, "name"),
            DisplayName = DefaultLabel(property, "displayname"),
            Description = DefaultLabel(property, "description"),
            Type = ReadType(property, source),
            LogicalEntityName = Text(property, "logicalentityname"),
            IsCustomizable = Flag(property, "iscustomizable", source, fallback: true),
        };

    /// <summary>Each sub-folder holds one file named after the element; the result is in ordinal folder-name order, not directory order.</summary>
    private static T[] Parts<T>(string solutionFolder, string apiFolder, string partsFolder, string element, Func<XElement, string, T> read)
    {
        var folder = Path.Combine(apiFolder, partsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(part =>
            {
                var path = Path.Combine(part, element + ".xml");
                var source = RelativePath(solutionFolder, path);
                return File.Exists(path)
                    ? read(LoadRoot(path, source, element), source)
                    : throw Error(RelativePath(solutionFolder, part), $"{element}.xml is missing");
            })
            .ToArray();
    }

    private static CustomApiParameterType ReadType(XElement parameter, string source)
    {
        var type = RequiredInteger(parameter, "type", source);
        return Enum.IsDefined((CustomApiParameterType)type)
            ? (CustomApiParameterType)type
            : throw Error(source, $"<type> is {type}; a custom API parameter's type is 0 (Boolean) to 12 (Guid)");
    }

    private static T ReadEnum<T>(XElement api, string name, string source, string allowed)
        where T : struct, Enum
    {
        var value = Integer(api, name, source, 0);
        var result = (T)Enum.ToObject(typeof(T), value);
        return Enum.IsDefined(result) ? result : throw Error(source, $"<{name}> is {value}; expected {allowed}");
    }
}
