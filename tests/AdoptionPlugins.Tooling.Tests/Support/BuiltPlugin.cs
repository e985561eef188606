using System;
using System.IO;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>The real net462 AdoptionPlugins.dll, which CopyDataverseAssembly.targets copies to dataverse/ beside the tests.</summary>
public static class BuiltPlugin
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "dataverse");
}
