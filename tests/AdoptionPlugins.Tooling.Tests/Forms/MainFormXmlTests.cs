using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Forms;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Content;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Forms;

/// <summary>Main form files: ours read back equal, validate against FormXml.xsd, follow the EDU export, and say what the plugins own.</summary>
public class MainFormXmlTests
{
    [Fact]
    public void EveryShippedForm_ReadsBackEqual()
    {
        using var solution = new TemporarySolution();
        MainFormXml.WriteTo(solution.Path, AdoptionForms.All);

        var read = MainFormXml.ReadSolution(solution.Path);

        Assert.Equal(AdoptionForms.All, read);
    }

    [Fact]
    public void EveryShippedForm_ValidatesAgainstFormXmlSchema()
    {
        var problems = AdoptionForms.All.SelectMany(form => FragmentSchemas.Problems(Form(form).Descendants("form").Single(), FragmentSchemas.Form).Select(problem => $"{form.Name}: {problem}"));

        Assert.Empty(problems);
    }

    [Fact]
    public void SystemForm_ListsItsPartsInTheOrderOfTheEducationExport()
    {
        var education = XDocument.Load(RepositoryFolders.InShared(
            "solution-samples", "microsoft__Industry-Accelerator-Education", "solutions", "EducationProgramManagementModelApps_managed.zip.extracted", "customizations.xml"));

        var real = education.Descendants("systemform").First().Elements().Select(element => element.Name.LocalName);

        Assert.Equal(real, Form(AdoptionForms.LeavePeriod).Element("systemform")!.Elements().Select(element => element.Name.LocalName));
    }

    [Fact]
    public void ComputedColumns_AreReadOnlyAndDecisionsEditable()
    {
        var editable = AdoptionForms.All.SelectMany(form => form.Sections.SelectMany(section => section.Fields).Where(field => !field.IsReadOnly).Select(field => $"{form.TableSchemaName}.{field.Column}"));

        Assert.Equal(
            ["adopt_AdoptionProfile.adopt_tier", "adopt_AdoptionProfile.adopt_isvip", "adopt_AdoptionProfile.adopt_isoptedout",
                "adopt_AdoptionSetting.adopt_name", "adopt_AdoptionSetting.adopt_value", "adopt_AdoptionSetting.adopt_description",
                "adopt_LeavePeriod.adopt_name", "adopt_LeavePeriod.adopt_userid", "adopt_LeavePeriod.adopt_startdate", "adopt_LeavePeriod.adopt_enddate"],
            editable);
    }

    [Fact]
    public void EveryRequiredColumn_IsOnItsTablesForm()
    {
        var missing = AdoptionForms.All.SelectMany(form =>
        {
            var table = ShippedTables.Definitions.Tables.Single(candidate => candidate.SchemaName == form.TableSchemaName);
            var shown = form.Sections.SelectMany(section => section.Fields).Select(field => field.Column).ToHashSet(StringComparer.Ordinal);
            return table.Columns.Where(column => column.IsCustomField && column.RequiredLevel == RequirementLevel.ApplicationRequired && !shown.Contains(column.LogicalName))
                .Select(column => $"{form.Name}: {column.LogicalName}");
        });

        Assert.Empty(missing);
    }

    [Fact]
    public void FormFileNamedAfterAnotherId_FailsSayingWhatToNameIt()
    {
        using var solution = new TemporarySolution();
        var form = AdoptionForms.LeavePeriod;
        solution.Write(MainFormXml.RelativePathOf(form.TableSchemaName, Guid.Empty), Encoding.UTF8.GetString(MainFormXml.Write(form)).TrimStart('\uFEFF'));

        var error = Assert.Throws<InvalidDataException>(() => MainFormXml.ReadSolution(solution.Path));

        Assert.EndsWith($"name it {form.Id:B}.xml", error.Message, StringComparison.Ordinal);
    }

    private static XElement Form(MainFormDefinition form) => XElement.Parse(Encoding.UTF8.GetString(MainFormXml.Write(form)).TrimStart('\uFEFF'));
}
