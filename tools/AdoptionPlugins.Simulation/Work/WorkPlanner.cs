using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Simulation.Organization;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>
/// Decides, from the seed, what everyone does on each simulated day: reps log calls, tasks and meetings and move their deals on,
/// managers and executives work the bigger deals, the assistant logs for their executive, server-side sync tracks mail, the
/// integration runs one bulk import; at realistic local hours, in the order the platform would see them.
/// </summary>
public sealed class WorkPlanner
{
    private const int WorkStartsMinute = 8 * 60;
    private const int WorkEndsMinute = 18 * 60;
    private const int MailStartsMinute = 7 * 60;
    private const int MailEndsMinute = 20 * 60;
    private const int DaysBeforeADealCanClose = 10;

    private readonly SimulatedOrganization _organization;
    private readonly Random _random;
    private readonly SeededIds _ids;
    private readonly Subjects _subjects;
    private readonly List<OpenDeal> _deals = [];
    private readonly List<OpenTask> _tasks = [];

    public WorkPlanner(SimulatedOrganization organization, Random random, SeededIds ids)
    {
        _organization = organization ?? throw new ArgumentNullException(nameof(organization));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
        _subjects = new Subjects(random);
        ImportDay = FirstWorkingDayFrom(Math.Max((Plan.People.First(p => p.Persona == Persona.LapsingExecutive).LapsesOnDay ?? 0) + 2, organization.Calendar.Days / 2));
    }

    /// <summary>The day the ERP connector imports tasks for the executives, after one of them has stopped using the CRM.</summary>
    public int ImportDay { get; }

    private OrganizationPlan Plan => _organization.Plan;

    /// <summary>The pipeline migrated from the old CRM two days before <paramref name="day"/>: two to four open deals per rep, credited to nobody.</summary>
    public WorkItem Migration(int day)
    {
        var migratedAt = DateTime.SpecifyKind(_organization.Calendar.DateOf(day - 2).AddHours(12), DateTimeKind.Utc);
        var deals = new List<(OpenDeal, DateTime, DateTime)>();
        foreach (var rep in Plan.People.Where(person => IsSeller(person) && person.JoinsOnDay is null))
        {
            for (var count = _random.Next(2, 5); count > 0; count--)
            {
                var openedDaysAgo = _random.Next(5, 60);
                var deal = NewDeal(rep, day - 2 - openedDaysAgo);
                deals.Add((deal, migratedAt.AddDays(-openedDaysAgo), _organization.Calendar.DateOf(day + _random.Next(10, 90))));
            }
        }

        return WorkActions.Migrate(migratedAt, Plan.Administrator.Id, deals);
    }

    /// <summary>Everything that happens on simulation day <paramref name="day"/>, in time order.</summary>
    public IReadOnlyList<WorkItem> PlanDay(int day)
    {
        var items = new List<WorkItem>();
        var touched = new HashSet<Guid>();
        var working = _organization.Calendar.IsWorkingDay(day);
        foreach (var person in Plan.People.Where(person => person.IsPerson))
        {
            if (person.JoinsOnDay == day)
            {
                items.Add(WorkActions.Join(At(person, day, MailStartsMinute - 30, MailStartsMinute - 1), person));
            }

            TrackMail(items, person, day, working);
            if (working && _random.NextDouble() < person.EngagementOn(day))
            {
                PlanWork(items, person, day, touched);
            }
        }

        if (day == ImportDay)
        {
            items.Add(Import(day));
        }

        return [.. items.OrderBy(item => item.Utc)];
    }

    private void PlanWork(List<WorkItem> items, PlannedPerson person, int day, HashSet<Guid> touched)
    {
        switch (person.Persona)
        {
            case Persona.ChiefExecutive or Persona.LeadingExecutive or Persona.LapsingExecutive:
                PlanExecutive(items, person, day, touched);
                break;
            case Persona.ExecutiveAssistant:
                PlanAssistant(items, person, day);
                break;
            case Persona.SalesManager:
                PlanManager(items, person, day, touched);
                break;
            case Persona.SalesRep or Persona.NewStarter or Persona.RepOnLeave:
                PlanRep(items, person, day, touched);
                break;
            default:
                break;
        }
    }

    private void PlanExecutive(List<WorkItem> items, PlannedPerson person, int day, HashSet<Guid> touched)
    {
        var deals = Workable(day, deal => person.Region == Region.HeadOffice || deal.Region == person.Region);
        for (var count = _random.Next(0, 3); count > 0; count--)
        {
            items.Add(SyncedMeeting(person, day, organizer: _random.NextDouble() < 0.5, Maybe(deals, 0.5)));
        }

        var bigDeal = deals.OrderByDescending(deal => deal.Value).Take(5).ToList();
        if (bigDeal.Count > 0 && _random.NextDouble() < 0.5)
        {
            items.Add(WorkActions.AddNote(At(person, day), person.Id, _ids.Next(), _subjects.Note(), Pick(bigDeal)));
        }

        if (bigDeal.Count > 0 && _random.NextDouble() < 0.35)
        {
            items.Add(Work(person, day, Pick(bigDeal), touched));
        }

        if (_random.NextDouble() < 0.25)
        {
            items.AddRange(PhoneCall(person, day, Maybe(bigDeal, 1)));
        }
    }

    // The assistant keeps the delegating executive's diary and to-dos in the CRM.
    private void PlanAssistant(List<WorkItem> items, PlannedPerson assistant, int day)
    {
        var executive = assistant.LogsForId ?? throw new InvalidOperationException("The assistant has nobody to log for.");
        for (var count = _random.Next(1, 3); count > 0; count--)
        {
            items.Add(NewTask(assistant, executive, day, company: Customer().Name, deal: null, agenda: true));
        }

        if (_random.NextDouble() < 0.5)
        {
            var at = At(assistant, day);
            items.Add(WorkActions.LogMeetingFor(at, assistant.Id, executive, _ids.Next(), _subjects.Meeting(Customer().Name), at.AddDays(2)));
        }

        CompleteTasks(items, assistant, day, ownerId: executive, chance: 0.3);
    }

    private void PlanManager(List<WorkItem> items, PlannedPerson manager, int day, HashSet<Guid> touched)
    {
        var team = Plan.ReportsOf(manager.Id).Select(report => report.Id).ToHashSet();
        var deals = Workable(day, deal => team.Contains(deal.OwnerId));
        for (var count = _random.Next(0, 3); count > 0; count--)
        {
            items.AddRange(PhoneCall(manager, day, Maybe(deals, 0.5)));
        }

        for (var count = _random.Next(0, 3); count > 0; count--)
        {
            items.Add(SyncedMeeting(manager, day, organizer: _random.NextDouble() < 0.7, Maybe(deals, 0.5)));
        }

        for (var count = _random.Next(0, 2); count > 0; count--)
        {
            items.Add(NewTask(manager, manager.Id, day, Customer(manager.Region).Name, deal: null));
        }

        if (deals.Count > 0 && _random.NextDouble() < 0.4)
        {
            items.Add(WorkActions.AddNote(At(manager, day), manager.Id, _ids.Next(), _subjects.Note(), Pick(deals)));
        }

        if (deals.Count > 0 && _random.NextDouble() < 0.4)
        {
            items.Add(Work(manager, day, Pick(deals), touched));
        }

        CompleteTasks(items, manager, day, ownerId: manager.Id, chance: 0.4);
    }

    private void PlanRep(List<WorkItem> items, PlannedPerson rep, int day, HashSet<Guid> touched)
    {
        var deals = Workable(day, deal => deal.OwnerId == rep.Id);
        for (var count = _random.Next(0, 3); count > 0; count--)
        {
            var deal = Maybe(deals, 0.6);
            items.Add(NewTask(rep, rep.Id, day, deal?.Customer.Name ?? Customer(rep.Region).Name, deal));
        }

        for (var count = _random.Next(0, 4); count > 0; count--)
        {
            items.AddRange(PhoneCall(rep, day, Maybe(deals, 0.6)));
        }

        for (var count = _random.Next(0, 2); count > 0; count--)
        {
            items.Add(SyncedMeeting(rep, day, organizer: _random.NextDouble() < 0.6, Maybe(deals, 0.5)));
        }

        if (_random.NextDouble() < 0.3)
        {
            var deal = Maybe(deals, 0.7);
            var customer = deal?.Customer ?? Customer(rep.Region);
            items.Add(WorkActions.SendEmail(At(rep, day), rep.Id, _ids.Next(), _subjects.SentEmail(customer.Name), customer, deal));
        }

        if (deals.Count > 0 && _random.NextDouble() < 0.4)
        {
            items.Add(WorkActions.AddNote(At(rep, day), rep.Id, _ids.Next(), _subjects.Note(), Pick(deals)));
        }

        if (_random.NextDouble() < 0.2)
        {
            var deal = NewDeal(rep, day);
            items.Add(WorkActions.CreateOpportunity(At(rep, day), rep.Id, deal, _organization.Calendar.DateOf(day + _random.Next(20, 90))));
        }

        foreach (var deal in deals.Where(_ => _random.NextDouble() < 0.35))
        {
            items.Add(Work(rep, day, deal, touched));
        }

        foreach (var deal in deals.Where(deal => day - deal.OpenedDay >= DaysBeforeADealCanClose && !touched.Contains(deal.Id)).ToList())
        {
            if (_random.NextDouble() < 0.12)
            {
                items.Add(CloseDeal(rep, day, deal));
            }
        }

        CompleteTasks(items, rep, day, ownerId: rep.Id, chance: 0.4);
    }

    // Server-side sync tracks mail with customers automatically, whether or not its owner uses the CRM; executives' mail
    // arrives at weekends too. Away on leave, only incoming mail is tracked.
    private void TrackMail(List<WorkItem> items, PlannedPerson person, int day, bool working)
    {
        if (person.Persona == Persona.CrmAdministrator || (person.JoinsOnDay is { } joins && day < joins))
        {
            return;
        }

        var executive = person.Persona is Persona.ChiefExecutive or Persona.LeadingExecutive or Persona.LapsingExecutive or Persona.DelegatingExecutive;
        var away = person.Leave?.Contains(day) == true;
        var (incoming, sent) = (working, executive) switch
        {
            (true, _) when away => (_random.Next(0, 3), 0),
            (true, _) => (_random.Next(0, 4), _random.Next(0, 2)),
            (false, true) => (_random.NextDouble() < 0.3 ? 1 : 0, 0),
            _ => (0, 0),
        };
        for (var count = 0; count < incoming + sent; count++)
        {
            var customer = Customer(person.Region);
            items.Add(WorkActions.SyncEmail(At(person, day, MailStartsMinute, MailEndsMinute), person.Id, _ids.Next(), _subjects.TrackedEmail(customer.Name), incoming: count < incoming));
        }
    }

    private WorkItem Import(int day)
    {
        var owners = Plan.People.Where(person => person.Persona is Persona.DelegatingExecutive or Persona.LapsingExecutive).Select(person => person.Id).ToArray();
        var tasks = Enumerable.Range(0, 20 + (Plan.Humans.Count() / 2))
            .Select(index => (_ids.Next(), owners[index % owners.Length], $"ERP follow-up: invoice {40000 + (day * 100) + index}"))
            .ToList();
        var utc = DateTime.SpecifyKind(_organization.Calendar.DateOf(day).AddHours(22), DateTimeKind.Utc);
        return WorkActions.Import(utc, Plan.Integration.Id, tasks);
    }

    private WorkItem NewTask(PlannedPerson actor, Guid ownerId, int day, string company, OpenDeal? deal, bool agenda = false)
    {
        var id = _ids.Next();
        _tasks.Add(new OpenTask(id, ownerId, day));
        return WorkActions.LogTask(At(actor, day), actor.Id, ownerId, id, agenda ? _subjects.AgendaItem(company) : _subjects.Task(company), deal);
    }

    private void CompleteTasks(List<WorkItem> items, PlannedPerson actor, int day, Guid ownerId, double chance)
    {
        foreach (var task in _tasks.Where(task => task.OwnerId == ownerId && task.CreatedDay < day).ToList())
        {
            if (_random.NextDouble() < chance)
            {
                _tasks.Remove(task);
                items.Add(WorkActions.CompleteTask(At(actor, day), actor.Id, task.Id));
            }
        }
    }

    // Seven calls in ten are marked complete right after they are logged.
    private IEnumerable<WorkItem> PhoneCall(PlannedPerson actor, int day, OpenDeal? deal)
    {
        var id = _ids.Next();
        var at = At(actor, day, WorkStartsMinute, WorkEndsMinute - 30);
        yield return WorkActions.LogPhoneCall(at, actor.Id, id, _subjects.Call(deal?.Customer.Name ?? Customer(actor.Region).Name), deal);
        if (_random.NextDouble() < 0.7)
        {
            yield return WorkActions.CompletePhoneCall(at.AddMinutes(_random.Next(5, 30)), actor.Id, id);
        }
    }

    private WorkItem SyncedMeeting(PlannedPerson owner, int day, bool organizer, OpenDeal? deal)
    {
        var at = At(owner, day);
        return WorkActions.SyncMeeting(at, owner.Id, _ids.Next(), _subjects.Meeting(deal?.Customer.Name ?? Customer(owner.Region).Name), organizer, deal, at.AddDays(_random.Next(1, 10)));
    }

    // Moving a deal on: a new estimate. Once per person and deal a day, so every save is one worked count (DESIGN-capture).
    private WorkItem Work(PlannedPerson actor, int day, OpenDeal deal, HashSet<Guid> touched)
    {
        touched.Add(deal.Id);
        deal.Value = Math.Round(deal.Value * (decimal)(0.85 + (0.3 * _random.NextDouble())) / 100) * 100;
        return WorkActions.WorkOpportunity(At(actor, day), actor.Id, deal, deal.Value);
    }

    // About four deals in ten are won; lost deals are canceled or out-sold.
    private WorkItem CloseDeal(PlannedPerson owner, int day, OpenDeal deal)
    {
        _deals.Remove(deal);
        var at = At(owner, day);
        return _random.NextDouble() < 0.45
            ? WorkActions.Win(at, owner.Id, deal, _ids.Next())
            : WorkActions.Lose(at, owner.Id, deal, _ids.Next(), _random.NextDouble() < 0.5 ? 4 : 5);
    }

    private OpenDeal NewDeal(PlannedPerson owner, int day)
    {
        var customer = Customer(owner.Region);
        var deal = new OpenDeal(_ids.Next(), owner.Id, owner.Region, _subjects.Opportunity(customer.Name), customer, day)
        {
            Value = _random.Next(5, 250) * 1000m,
        };
        _deals.Add(deal);
        return deal;
    }

    // Deals opened before today, so today's work never races today's creation.
    private List<OpenDeal> Workable(int day, Func<OpenDeal, bool> mine) => [.. _deals.Where(deal => deal.OpenedDay < day && mine(deal))];

    private OpenDeal? Maybe(List<OpenDeal> deals, double chance) => deals.Count > 0 && _random.NextDouble() < chance ? Pick(deals) : null;

    private OpenDeal Pick(List<OpenDeal> deals) => deals[_random.Next(deals.Count)];

    private Customer Customer(Region? region = null)
    {
        var customers = region is { } wanted and not Region.HeadOffice
            ? _organization.CustomersIn(wanted).ToList()
            : [.. _organization.Customers];
        return customers[_random.Next(customers.Count)];
    }

    private DateTime At(PlannedPerson person, int day, int fromMinute = WorkStartsMinute, int toMinute = WorkEndsMinute) =>
        person.Workplace.ToUtc(_organization.Calendar.DateOf(day).AddMinutes(_random.Next(fromMinute, toMinute)));

    private int FirstWorkingDayFrom(int day)
    {
        while (!_organization.Calendar.IsWorkingDay(day))
        {
            day++;
        }

        return day;
    }

    private static bool IsSeller(PlannedPerson person) => person.Persona is Persona.SalesRep or Persona.NewStarter or Persona.RepOnLeave;
}
