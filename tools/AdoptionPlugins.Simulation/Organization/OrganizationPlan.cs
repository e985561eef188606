using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>
/// Who works in the simulated organization: a head office with the CEO, three executives (one leads, one lapses, one leaves the
/// logging to an assistant), the assistant and the CRM administrator; two sales regions with managers and reps, among them a new
/// starter and someone on leave; and the ERP integration. Drawn from the seed alone.
/// </summary>
public sealed class OrganizationPlan
{
    /// <summary>The head office people every organization has: CEO, three executives, the assistant and the administrator.</summary>
    public const int HeadOfficePeople = 6;

    /// <summary>The fewest people that hold every persona: the head office, two managers, a new starter, a rep on leave and one more rep.</summary>
    public const int MinimumPeople = HeadOfficePeople + 5;

    private const int RepsPerManager = 8;

    private readonly Dictionary<Guid, PlannedPerson> _byId;

    private OrganizationPlan(IReadOnlyList<PlannedPerson> people, IReadOnlyList<string> companies)
    {
        People = people;
        Companies = companies;
        _byId = people.ToDictionary(person => person.Id);
    }

    /// <summary>Everyone, the integration last, in the order they were planned (executives, managers, reps).</summary>
    public IReadOnlyList<PlannedPerson> People { get; }

    /// <summary>The licensed humans: everyone but the integration.</summary>
    public IEnumerable<PlannedPerson> Humans => People.Where(person => person.IsPerson);

    /// <summary>The customers the reps sell to, one account each.</summary>
    public IReadOnlyList<string> Companies { get; }

    public PlannedPerson ChiefExecutive => Single(Persona.ChiefExecutive);

    public PlannedPerson Administrator => Single(Persona.CrmAdministrator);

    public PlannedPerson Integration => Single(Persona.IntegrationUser);

    public IEnumerable<PlannedPerson> Managers => People.Where(person => person.Persona == Persona.SalesManager);

    public PlannedPerson Person(Guid id) => _byId.TryGetValue(id, out var person) ? person : throw new KeyNotFoundException($"No simulated person has id {id}.");

    public bool Contains(Guid id) => _byId.ContainsKey(id);

    /// <summary>The people who report to <paramref name="managerId"/> directly.</summary>
    public IEnumerable<PlannedPerson> ReportsOf(Guid managerId) => People.Where(person => person.ManagerId == managerId);

    public static OrganizationPlan Create(int people, int days, Random random, SeededIds ids)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, MinimumPeople);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(people, PeopleNames.Capacity);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(ids);
        var names = new PeopleNames(random);
        var planned = new List<PlannedPerson>();
        PlannedPerson Add(Persona persona, string title, string role, Region region, Workplace place, Guid? manager, Func<PlannedPerson, PlannedPerson>? adjust = null)
        {
            var (first, last) = persona == Persona.IntegrationUser ? ("ERP", "Connector") : names.Next();
            var person = new PlannedPerson
            {
                Id = ids.Next(), FirstName = first, LastName = last, Title = title, Persona = persona, Region = region, Workplace = place,
                BusinessRole = role, ManagerId = manager,
            };
            person = adjust?.Invoke(person) ?? person;
            planned.Add(person);
            return person;
        }

        var weeks = Math.Max(2, days / 7);
        var ceo = Add(Persona.ChiefExecutive, "Chief Executive Officer", BusinessRoles.ChiefExecutiveName, Region.HeadOffice, Workplace.London, null, p => p with { Engagement = 0.75 });
        var emea = Add(Persona.LeadingExecutive, "VP Sales EMEA", BusinessRoles.VicePresidentName, Region.Emea, Workplace.Berlin, ceo.Id, p => p with { Engagement = 0.65 });
        var americas = Add(Persona.LapsingExecutive, "VP Sales Americas", BusinessRoles.VicePresidentName, Region.Americas, Workplace.NewYork, ceo.Id, p => p with { Engagement = 0.7, LapsesOnDay = Math.Max(7, days / 3) });
        var revenue = Add(Persona.DelegatingExecutive, "Chief Revenue Officer", BusinessRoles.VicePresidentName, Region.HeadOffice, Workplace.London, ceo.Id);
        Add(Persona.ExecutiveAssistant, "Executive Assistant", BusinessRoles.SalespersonName, Region.HeadOffice, Workplace.London, revenue.Id, p => p with { Engagement = 0.85, LogsForId = revenue.Id });
        Add(Persona.CrmAdministrator, "CRM Administrator", BusinessRoles.SystemAdministratorName, Region.HeadOffice, Workplace.London, null);

        var sellers = people - HeadOfficePeople;
        var managerCount = Math.Max(2, (int)Math.Round(sellers / (double)RepsPerManager, MidpointRounding.AwayFromZero));
        var managers = Enumerable.Range(0, managerCount).Select(index =>
        {
            var (region, boss, places) = index % 2 == 0 ? (Region.Emea, emea, Workplace.Emea) : (Region.Americas, americas, Workplace.Americas);
            return Add(Persona.SalesManager, "Sales Manager", BusinessRoles.SalesManagerName, region, Pick(random, places), boss.Id, p => p with { Engagement = 0.55 + (0.3 * random.NextDouble()) });
        }).ToList();

        for (var index = 0; index < sellers - managerCount; index++)
        {
            var manager = managers[index % managerCount];
            var place = Pick(random, manager.Region == Region.Emea ? Workplace.Emea : Workplace.Americas);
            var title = random.Next(2) == 0 ? "Account Executive" : "Account Manager";
            var (persona, adjust) = index switch
            {
                0 => (Persona.NewStarter, (Func<PlannedPerson, PlannedPerson>)(p => p with { Engagement = 0.6, JoinsOnDay = 7 * Math.Max(1, weeks / 2) })),
                1 => (Persona.RepOnLeave, p => p with { Engagement = 0.75, Leave = LeaveFrom(7 * Math.Max(1, weeks / 3)) }),
                _ => (Persona.SalesRep, p => p with { Engagement = RepEngagement(random) }),
            };
            Add(persona, title, BusinessRoles.SalespersonName, manager.Region, place, manager.Id, adjust);
        }

        Add(Persona.IntegrationUser, "Integration", BusinessRoles.IntegrationName, Region.HeadOffice, Workplace.London, null);
        var companies = PeopleNames.CompanyNames.ToArray();
        random.Shuffle(companies);
        return new OrganizationPlan(planned, companies);
    }

    // Two working weeks from a Monday: Monday to the Friday after next.
    private static DayRange LeaveFrom(int monday) => new(monday, monday + 11);

    // Most reps use the CRM a good deal, some now and then, a few hardly at all: a mix a real team has.
    private static double RepEngagement(Random random) => random.NextDouble() switch
    {
        < 0.35 => 0.85 + (0.1 * random.NextDouble()),
        < 0.75 => 0.55 + (0.2 * random.NextDouble()),
        < 0.92 => 0.25 + (0.15 * random.NextDouble()),
        _ => 0.05 + (0.1 * random.NextDouble()),
    };

    private static Workplace Pick(Random random, IReadOnlyList<Workplace> places) => places[random.Next(places.Count)];

    private PlannedPerson Single(Persona persona) => People.Single(person => person.Persona == persona);
}
