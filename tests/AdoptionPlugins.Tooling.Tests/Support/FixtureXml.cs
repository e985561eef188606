using System;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>The smallest XML of each component that real exports would accept, in their element names and order (solution-format 3).</summary>
public static class FixtureXml
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    /// <summary>A user-owned table with its primary key and a required name column.</summary>
    public static string Entity(string schemaName)
    {
        var logical = schemaName.ToLowerInvariant();
        return Declaration + $"""
            <Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Name LocalizedName="Widget" OriginalName="Widget">{schemaName}</Name>
              <EntityInfo>
                <entity Name="{schemaName}">
                  <LocalizedNames>
                    <LocalizedName description="Widget" languagecode="1033" />
                  </LocalizedNames>
                  <LocalizedCollectionNames>
                    <LocalizedCollectionName description="Widgets" languagecode="1033" />
                  </LocalizedCollectionNames>
                  <Descriptions>
                    <Description description="A table made for tests." languagecode="1033" />
                  </Descriptions>
                  <attributes>
                    <attribute PhysicalName="{schemaName}Id">
                      <Type>primarykey</Type>
                      <Name>{logical}id</Name>
                      <LogicalName>{logical}id</LogicalName>
                      <RequiredLevel>systemrequired</RequiredLevel>
                      <DisplayMask>ValidForAdvancedFind|RequiredForGrid</DisplayMask>
                      <IsCustomField>0</IsCustomField>
                      <displaynames>
                        <displayname description="Widget" languagecode="1033" />
                      </displaynames>
                    </attribute>
                    <attribute PhysicalName="adopt_Name">
                      <Type>nvarchar</Type>
                      <Name>adopt_name</Name>
                      <LogicalName>adopt_name</LogicalName>
                      <RequiredLevel>required</RequiredLevel>
                      <DisplayMask>PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm</DisplayMask>
                      <IsCustomField>1</IsCustomField>
                      <Format>text</Format>
                      <MaxLength>100</MaxLength>
                      <Length>200</Length>
                      <displaynames>
                        <displayname description="Name" languagecode="1033" />
                      </displaynames>
                    </attribute>
                  </attributes>
                  <EntitySetName>{logical}s</EntitySetName>
                  <OwnershipTypeMask>UserOwned</OwnershipTypeMask>
                  <IsCustomizable>1</IsCustomizable>
                </entity>
              </EntityInfo>
              <FormXml />
              <SavedQueries />
              <RibbonDiffXml />
            </Entity>
            """;
    }

    /// <summary>The public view "Active Widgets": name and created on, active rows, by name.</summary>
    public static string View(Guid id, string table) =>
        Declaration + $"""
            <savedqueries xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <savedquery>
                <IsCustomizable>1</IsCustomizable>
                <CanBeDeleted>0</CanBeDeleted>
                <isquickfindquery>0</isquickfindquery>
                <isprivate>0</isprivate>
                <isdefault>1</isdefault>
                <savedqueryid>{id:B}</savedqueryid>
                <layoutxml>
                  <grid name="resultset" jump="adopt_name" select="1" icon="1" preview="1">
                    <row name="result" id="{table}id">
                      <cell name="adopt_name" width="300" />
                    </row>
                  </grid>
                </layoutxml>
                <querytype>0</querytype>
                <fetchxml>
                  <fetch version="1.0" mapping="logical">
                    <entity name="{table}">
                      <attribute name="{table}id" />
                      <attribute name="adopt_name" />
                      <order attribute="adopt_name" descending="false" />
                    </entity>
                  </fetch>
                </fetchxml>
                <IntroducedVersion>1.0</IntroducedVersion>
                <LocalizedNames>
                  <LocalizedName description="Active Widgets" languagecode="1033" />
                </LocalizedNames>
              </savedquery>
            </savedqueries>
            """;

    /// <summary>A sandboxed plugin assembly with one plugin type, at the folder and file name exports give it.</summary>
    public static string PluginAssembly(string identity, Guid assemblyId, string pluginType, Guid pluginTypeId)
    {
        var name = identity[..identity.IndexOf(',', StringComparison.Ordinal)];
        return Declaration + $"""
            <PluginAssembly FullName="{identity}" PluginAssemblyId="{assemblyId:D}" CustomizationLevel="1">
              <IsolationMode>2</IsolationMode>
              <SourceType>0</SourceType>
              <IntroducedVersion>1.0</IntroducedVersion>
              <FileName>/PluginAssemblies/{name}-{assemblyId.ToString("D").ToUpperInvariant()}/{name}.dll</FileName>
              <PluginTypes>
                <PluginType AssemblyQualifiedName="{pluginType}, {identity}" PluginTypeId="{pluginTypeId:D}" Name="{pluginType}">
                  <FriendlyName>{pluginTypeId:D}</FriendlyName>
                </PluginType>
              </PluginTypes>
            </PluginAssembly>
            """;
    }

    public static string Role(Guid id, string name, string privilege) =>
        Declaration + $"""
            <Role id="{id:B}" name="{name}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <IsCustomizable>1</IsCustomizable>
              <RolePrivileges>
                <RolePrivilege name="{privilege}" level="Global" />
              </RolePrivileges>
            </Role>
            """;

    /// <summary>A global, unbound action implemented by the plugin type, callable by anyone.</summary>
    public static string CustomApi(string uniqueName, Guid pluginTypeId) =>
        $"""
            <customapi uniquename="{uniqueName}">
              <allowedcustomprocessingsteptype>0</allowedcustomprocessingsteptype>
              <bindingtype>0</bindingtype>
              <description default="Evaluates widgets.">
                <label description="Evaluates widgets." languagecode="1033" />
              </description>
              <displayname default="Evaluate widgets">
                <label description="Evaluate widgets" languagecode="1033" />
              </displayname>
              <iscustomizable>1</iscustomizable>
              <isfunction>0</isfunction>
              <isprivate>0</isprivate>
              <name>{uniqueName}</name>
              <plugintypeid>
                <plugintypeexportkey>{pluginTypeId:D}</plugintypeexportkey>
              </plugintypeid>
              <workflowsdkstepenabled>0</workflowsdkstepenabled>
            </customapi>
            """;
}
