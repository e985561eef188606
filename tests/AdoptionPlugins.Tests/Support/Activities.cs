using System;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Starts an <see cref="ActivityFactsBuilder"/> for a row of one table: <c>Activities.Task().LoggedBy(rep).Build()</c>.</summary>
public static class Activities
{
    public static readonly DateTime Morning = new(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);

    public static ActivityFactsBuilder Task() => new(SourceTable.Task);

    public static ActivityFactsBuilder PhoneCall() => new(SourceTable.PhoneCall);

    public static ActivityFactsBuilder Appointment() => new(SourceTable.Appointment);

    public static ActivityFactsBuilder Email() => new(SourceTable.Email);

    public static ActivityFactsBuilder Note() => new(SourceTable.Note);

    public static ActivityFactsBuilder Opportunity() => new(SourceTable.Opportunity);
}
