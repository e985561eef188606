using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Checks the plugin registrations of a packed solution: each assembly against the DLL in the package (identity, folder name,
/// plugin types), the registration rules of <see cref="RegistrationRules"/> (dataverse-facts 1.5, 1.6), and each custom API's and
/// custom-message step's link to the rest of the solution (dataverse-facts 2.1, 2.2).
/// </summary>
internal static class PluginCheck
{
    /// <summary>Sandbox, the only isolation Dataverse online accepts (dataverse-facts 1.1).</summary>
    private const int SandboxIsolation = 2;

    /// <summary>
    /// Every problem with the registrations. An assembly whose DLL is not in the package is not checked against it here: for a zip
    /// the package check reports the missing file, for a tree the build folder mapping says why.
    /// </summary>
    public static IEnumerable<ValidationProblem> Check(SolutionIndex index)
    {
        var problems = new List<ValidationProblem>();
        var assemblies = Read(index.Assemblies, PluginAssemblyXml.Read, problems);
        var steps = Read(index.Steps, StepRegistrationXml.Read, problems);
        var customApis = ReadCustomApis(index.Package, problems);
        foreach (var (element, assembly) in assemblies)
        {
            problems.AddRange(CheckAssembly(index.Package, assembly).Select(problem => ValidationProblem.At(element, problem)));
        }

        var registrations = new SolutionRegistrations
        {
            Assemblies = [.. assemblies.Select(pair => pair.Registration)],
            Steps = [.. steps.Select(pair => pair.Registration)],
            CustomApis = [.. customApis],
        };
        problems.AddRange(RegistrationRules.Check(registrations).Select(problem => AtStep(steps, problem)));
        problems.AddRange(CheckCustomApis(registrations));
        problems.AddRange(CheckCustomMessages(steps, customApis, index));
        return problems;
    }

    /// <summary>Reads each element with the registration reader; one that does not read becomes a problem instead.</summary>
    private static List<(XElement Element, T Registration)> Read<T>(IEnumerable<XElement> elements, Func<XElement, string, T> reader, List<ValidationProblem> problems)
    {
        var registrations = new List<(XElement, T)>();
        foreach (var element in elements)
        {
            try
            {
                registrations.Add((element, reader(element, SourceFile.Of(element) ?? SolutionZip.CustomizationsEntry)));
            }
            catch (InvalidDataException exception)
            {
                problems.Add(ValidationProblem.At(element, WithoutSource(exception.Message)));
            }
        }

        return registrations;
    }

    private static IEnumerable<string> CheckAssembly(SolutionPackage package, PluginAssemblyRegistration assembly)
    {
        // EDU CoreBusinessLogic: Microsoft.Education.Core.Plugins is at /PluginAssemblies/MicrosoftEducationCorePlugins-<ID>/MicrosoftEducationCorePlugins.dll.
        var withoutDots = assembly.Name.Replace(".", string.Empty, StringComparison.Ordinal);
        var expected = $"/{PluginAssemblyXml.Folder}/{withoutDots}-{assembly.PluginAssemblyId.ToString("D").ToUpperInvariant()}/{withoutDots}.dll";
        if (!string.Equals(assembly.FileName, expected, StringComparison.Ordinal))
        {
            yield return $"FileName is {assembly.FileName}; exports name it {expected} (the name without dots, the upper-case id)";
        }

        if (assembly.IsolationMode != SandboxIsolation)
        {
            yield return $"IsolationMode is {assembly.IsolationMode}; Dataverse online runs plugins only in the sandbox (2)";
        }

        var dll = package.Part(assembly.FileName);
        if (dll is null)
        {
            yield break;
        }

        var scan = Scan(dll.Content);
        if (scan is null)
        {
            yield return $"{assembly.FileName} is not a .NET assembly";
        }
        else if (!string.Equals(scan.Identity, assembly.FullName, StringComparison.Ordinal))
        {
            yield return $"registers {assembly.FullName} but {assembly.FileName} is {scan.Identity}";
        }

        foreach (var type in assembly.PluginTypes)
        {
            if (scan != null && !scan.PluginTypes.Contains(type.Name))
            {
                yield return $"plug-in type {type.Name} is not a public, non-abstract class implementing IPlugin in {assembly.FileName}; Dataverse could not run it";
            }

            if (!string.Equals(type.AssemblyQualifiedName, $"{type.Name}, {assembly.FullName}", StringComparison.Ordinal))
            {
                yield return $"plug-in type {type.Name} has AssemblyQualifiedName {type.AssemblyQualifiedName}; expected {type.Name}, {assembly.FullName}";
            }
        }
    }

    private static PluginTypeScan? Scan(byte[] dll)
    {
        try
        {
            return PluginTypeScan.Read(dll);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static IEnumerable<ValidationProblem> CheckCustomApis(SolutionRegistrations registrations)
    {
        var types = registrations.Assemblies.SelectMany(assembly => assembly.PluginTypes).ToArray();
        foreach (var api in registrations.CustomApis)
        {
            var file = $"{CustomApiXml.Folder}/{api.UniqueName}/customapi.xml";
            if (api.PluginTypeExportKey is { } key && api.PluginTypeId is null)
            {
                yield return new ValidationProblem(file, null, $"plugintypeexportkey {key} names a plug-in package type; only types of a plugin assembly in the solution are supported");
            }
            else if (api.PluginTypeId is { } id && types.All(type => type.PluginTypeId != id))
            {
                yield return new ValidationProblem(file, null, $"plugintypeexportkey {id} is not the PluginTypeId of any plug-in type in the solution's assemblies; the API would have no logic");
            }
            else if (api.PluginTypeId is null && registrations.Steps.All(step => !string.Equals(step.MessageName, api.UniqueName, StringComparison.Ordinal)))
            {
                yield return new ValidationProblem(file, null, $"the custom API {api.UniqueName} names no plug-in type and no step runs on its message, so calling it does nothing");
            }
        }
    }

    /// <summary>A step on a message of ours (named with <c>SdkMessageName</c>) needs that custom API in the solution.</summary>
    private static IEnumerable<ValidationProblem> CheckCustomMessages(
        List<(XElement Element, StepRegistration Registration)> steps, IReadOnlyList<CustomApiRegistration> customApis, SolutionIndex index) =>
        steps.Where(step => step.Registration.SdkMessageId is null && index.IsOurs(step.Registration.MessageName)
                && customApis.All(api => !string.Equals(api.UniqueName, step.Registration.MessageName, StringComparison.Ordinal)))
            .Select(step => ValidationProblem.At(
                step.Element, $"the step runs on {step.Registration.MessageName}, which is not a custom API in customapis/; the import would fail on an unknown message"));

    /// <summary>Custom APIs are files of the zip (customapis/…), read with the registration reader from a scratch copy of those files.</summary>
    private static List<CustomApiRegistration> ReadCustomApis(SolutionPackage package, List<ValidationProblem> problems)
    {
        var apis = new List<CustomApiRegistration>();
        var parts = package.Parts.Where(part => part.Path.StartsWith(CustomApiXml.Folder + "/", StringComparison.Ordinal)).ToArray();
        if (parts.Length == 0)
        {
            return apis;
        }

        var scratch = Directory.CreateTempSubdirectory("adoption-validate-");
        try
        {
            foreach (var part in parts)
            {
                var path = Path.Combine(scratch.FullName, part.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, part.Content);
            }

            foreach (var folder in Directory.GetDirectories(Path.Combine(scratch.FullName, CustomApiXml.Folder)).Order(StringComparer.Ordinal))
            {
                try
                {
                    apis.Add(CustomApiXml.ReadFolder(scratch.FullName, folder));
                }
                catch (InvalidDataException exception)
                {
                    problems.Add(new ValidationProblem(RegistrationXmlPath(exception.Message), null, WithoutSource(exception.Message)));
                }
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        return apis;
    }

    /// <summary>A rule's message names the step as <c>Name (SdkMessageProcessingSteps/{id}.xml)</c>; the problem goes to that step's element.</summary>
    private static ValidationProblem AtStep(List<(XElement Element, StepRegistration Registration)> steps, string problem)
    {
        var step = steps.FirstOrDefault(candidate => problem.Contains($"({candidate.Registration.RelativePath})", StringComparison.Ordinal));
        return step.Element is null ? new ValidationProblem(SolutionZip.CustomizationsEntry, null, problem) : ValidationProblem.At(step.Element, problem);
    }

    /// <summary>The registration readers start their messages with <c>source: </c>; the problem line names the file already.</summary>
    private static string WithoutSource(string message)
    {
        var separator = message.IndexOf(": ", StringComparison.Ordinal);
        return separator < 0 ? message : message[(separator + 2)..];
    }

    private static string RegistrationXmlPath(string message)
    {
        var separator = message.IndexOf(": ", StringComparison.Ordinal);
        return separator < 0 ? CustomApiXml.Folder : message[..separator];
    }
}
