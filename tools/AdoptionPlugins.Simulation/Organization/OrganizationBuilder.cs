using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>
/// Creates the planned organization in an emulator loaded from the solution: its tables, steps, custom APIs and roles, the real
/// plugin assembly, and manager hierarchy security turned on as the solution's manager role expects (dataverse-facts 5.5).
/// </summary>
public static class OrganizationBuilder
{
    /// <summary>CEO, executive, manager, rep: deep enough for the CEO to read every rep's rows.</summary>
    public const int HierarchyDepth = 4;

    /// <summary>The people were hired a year before the product was installed, so nobody but the new starter is new to the CRM.</summary>
    public static readonly TimeSpan HistoryBeforeInstall = TimeSpan.FromDays(365);

    private static readonly Persona[] PeopleManagers =
        [Persona.ChiefExecutive, Persona.LeadingExecutive, Persona.LapsingExecutive, Persona.DelegatingExecutive, Persona.SalesManager];

    public static SimulatedOrganization Build(string solutionFolder, Assembly pluginAssembly, OrganizationPlan plan, SimulationCalendar calendar, SeededIds ids)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(ids);
        var emulator = EmulatedOrganization.FromSolution(solutionFolder, new EmulatedOrganizationOptions
        {
            PluginAssemblies = [pluginAssembly],
            StartTime = DateTime.SpecifyKind(calendar.FirstDay - HistoryBeforeInstall, DateTimeKind.Utc),
            Store = new EmulatorOptions { Security = new SecurityOptions { ManagerHierarchyDepth = HierarchyDepth } },
            TraceCapacity = 100,
        });
        try
        {
            foreach (var role in BusinessRoles.All)
            {
                emulator.Database.Security.AddRole(role);
            }

            var system = emulator.SystemService;
            system.Update(new Entity("businessunit", emulator.RootBusinessUnitId) { ["name"] = "Contoso" });
            var units = new Dictionary<Region, Guid>
            {
                [Region.HeadOffice] = emulator.RootBusinessUnitId,
                [Region.Emea] = CreateUnit(system, ids.Next(), "Sales EMEA", emulator.RootBusinessUnitId),
                [Region.Americas] = CreateUnit(system, ids.Next(), "Sales Americas", emulator.RootBusinessUnitId),
            };
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var person in plan.People.Where(person => person.JoinsOnDay is null))
            {
                Hire(emulator, person, units[person.Region], missing);
            }

            var customers = CreateCustomers(emulator, plan, units, ids);
            var organization = new SimulatedOrganization(emulator, plan, calendar, units, customers, [.. missing]);
            RecordLeave(organization);
            return organization;
        }
        catch
        {
            emulator.Dispose();
            throw;
        }
    }

    /// <summary>Creates the person's user as the platform would on sync from Microsoft Entra ID, with their time zone, language and roles.</summary>
    public static void Hire(SimulatedOrganization organization, PlannedPerson person)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(person);
        Hire(organization.Emulator, person, organization.UnitOf(person.Region), new SortedSet<string>(StringComparer.Ordinal));
    }

    private static void Hire(EmulatedOrganization emulator, PlannedPerson person, Guid unitId, SortedSet<string> missingRoles)
    {
        var mail = $"{person.FirstName}.{person.LastName}@contoso.example".ToLowerInvariant();
        var user = new Entity(SystemUser.EntityName, person.Id)
        {
            ["firstname"] = person.FirstName,
            ["lastname"] = person.LastName,
            ["title"] = person.Title,
            ["domainname"] = mail,
            ["internalemailaddress"] = mail,
            ["businessunitid"] = new EntityReference("businessunit", unitId),
            [SystemUser.IsLicensed] = person.IsPerson,
        };
        if (person.ManagerId is { } manager)
        {
            user["parentsystemuserid"] = new EntityReference(SystemUser.EntityName, manager);
        }

        if (!person.IsPerson)
        {
            // An application user: its own Entra app id, and no interactive sign-in (dataverse-facts 5.3).
            user[SystemUser.ApplicationId] = person.Id;
            user[SystemUser.AccessMode] = new OptionSetValue(SystemUser.AccessModeNonInteractive);
        }

        emulator.SystemService.Create(user);
        emulator.SystemService.Update(new Entity(UserSettings.EntityName, person.Id)
        {
            [UserSettings.TimeZoneCode] = person.Workplace.TimeZoneCode,
            ["uilanguageid"] = person.Workplace.LanguageCode,
        });
        foreach (var role in RolesOf(person, emulator, missingRoles))
        {
            emulator.Database.Security.AssignRole(person.Id, role.Id);
        }
    }

    private static IEnumerable<SecurityRole> RolesOf(PlannedPerson person, EmulatedOrganization emulator, SortedSet<string> missing)
    {
        yield return BusinessRoles.Named(person.BusinessRole);
        if (!person.IsPerson)
        {
            yield break;
        }

        yield return BuiltInRoles.BasicUser;
        var adoptionRoles = new List<string> { AdoptionRoleNames.User };
        if (PeopleManagers.Contains(person.Persona))
        {
            adoptionRoles.Add(AdoptionRoleNames.SalesManager);
        }

        if (person.Persona == Persona.ChiefExecutive)
        {
            adoptionRoles.Add(AdoptionRoleNames.Sponsor);
        }

        if (person.Persona == Persona.CrmAdministrator)
        {
            adoptionRoles.Add(AdoptionRoleNames.Administrator);
        }

        foreach (var name in adoptionRoles)
        {
            var role = emulator.Database.Security.Roles.FirstOrDefault(known => known.Name == name);
            if (role is null)
            {
                missing.Add(name);
            }
            else
            {
                yield return role;
            }
        }
    }

    private static Guid CreateUnit(IOrganizationService system, Guid id, string name, Guid parentId) => system.Create(new Entity("businessunit", id)
    {
        ["name"] = name,
        ["parentbusinessunitid"] = new EntityReference("businessunit", parentId),
    });

    // Each region's customers belong to its first manager, so everyone in the region can read and email them.
    private static List<Customer> CreateCustomers(EmulatedOrganization emulator, OrganizationPlan plan, Dictionary<Region, Guid> units, SeededIds ids)
    {
        var owners = new[] { Region.Emea, Region.Americas }.Select(region => plan.Managers.First(manager => manager.Region == region)).ToArray();
        return plan.Companies.Select((name, index) =>
        {
            var owner = owners[index % owners.Length];
            var account = emulator.SystemService.Create(new Entity("account", ids.Next())
            {
                ["name"] = name,
                [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, owner.Id),
            });
            var contact = emulator.SystemService.Create(new Entity("contact", ids.Next())
            {
                ["firstname"] = "Buying team",
                ["lastname"] = name,
                ["parentcustomerid"] = new EntityReference("account", account),
                [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, owner.Id),
            });
            return new Customer(account, contact, name, owner.Region);
        }).ToList();
    }

    // Leave is booked ahead, by the administrator, for the person it belongs to.
    private static void RecordLeave(SimulatedOrganization organization)
    {
        foreach (var person in organization.Plan.People.Where(person => person.Leave is not null))
        {
            var leave = person.Leave!;
            organization.As(organization.Plan.Administrator.Id).Create(new Entity(LeavePeriod.EntityName)
            {
                [LeavePeriod.Name] = $"{person.FullName}, leave",
                [LeavePeriod.UserId] = new EntityReference(SystemUser.EntityName, person.Id),
                [LeavePeriod.StartDate] = organization.Calendar.DateOf(leave.First),
                [LeavePeriod.EndDate] = organization.Calendar.DateOf(leave.Last),
                [LeavePeriod.OwnerId] = new EntityReference(SystemUser.EntityName, person.Id),
            });
        }
    }
}
