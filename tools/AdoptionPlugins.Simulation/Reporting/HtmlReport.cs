using System.IO;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>Writes the report as one self-contained HTML page.</summary>
public static class HtmlReport
{
    public const string FileName = "adoption-simulation.html";

    public static string WriteTo(string folder, SimulationReport report)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, report.ToString());
        return path;
    }
}
