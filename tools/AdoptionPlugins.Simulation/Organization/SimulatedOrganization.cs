using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Simulation.Running;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>The emulated organization with its planned people created in it, and a service per person acting as them.</summary>
public sealed class SimulatedOrganization : IDisposable
{
    private readonly Dictionary<Guid, IOrganizationService> _services = [];
    private readonly Dictionary<Region, Guid> _units;

    internal SimulatedOrganization(
        EmulatedOrganization emulator, OrganizationPlan plan, SimulationCalendar calendar, Dictionary<Region, Guid> units, IReadOnlyList<Customer> customers, IReadOnlyList<string> missingRoles)
    {
        Emulator = emulator;
        Plan = plan;
        Calendar = calendar;
        _units = units;
        Customers = customers;
        MissingAdoptionRoles = missingRoles;
        Sync = new ServerSideSync(emulator.Database, emulator.ServiceFor);
    }

    public EmulatedOrganization Emulator { get; }

    public OrganizationPlan Plan { get; }

    public SimulationCalendar Calendar { get; }

    /// <summary>Tracks emails and meetings from the people's mailboxes as SYSTEM, through the same pipeline as everyone's writes (dataverse-facts 5.2).</summary>
    public ServerSideSync Sync { get; }

    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>The solution's adoption roles the people should hold but the loaded solution does not ship.</summary>
    public IReadOnlyList<string> MissingAdoptionRoles { get; }

    public Guid UnitOf(Region region) => _units[region];

    /// <summary>A service acting as the person, as their browser would.</summary>
    public IOrganizationService As(Guid userId)
    {
        if (!_services.TryGetValue(userId, out var service))
        {
            service = Emulator.ServiceFor(userId);
            _services[userId] = service;
        }

        return service;
    }

    /// <summary>Moves the emulated clock forward to <paramref name="utc"/>; a moment already past leaves it where it is.</summary>
    public void MoveClockTo(DateTime utc)
    {
        var ahead = utc - Emulator.Clock.UtcNow;
        if (ahead > TimeSpan.Zero)
        {
            Emulator.Clock.Advance(ahead);
        }
    }

    public IEnumerable<Customer> CustomersIn(Region region) => Customers.Where(customer => customer.Region == region);

    public void Dispose() => Emulator.Dispose();
}
