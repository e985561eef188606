namespace AdoptionPlugins.Adoption.Capture;

/// <summary>The readable name of a signal row, one per kind and event.</summary>
public static class SignalNames
{
    public static string Of(SignalKind kind, SignalEvent signalEvent)
    {
        var completed = signalEvent == SignalEvent.Completed;
        return kind switch
        {
            SignalKind.Task => completed ? "Task completed" : "Task logged",
            SignalKind.PhoneCall => completed ? "Phone call completed" : "Phone call logged",
            SignalKind.Meeting => completed ? "Meeting completed" : "Meeting logged",
            SignalKind.EmailSent => completed ? "Email sent" : "Email written",
            SignalKind.EmailTracked => "Email tracked",
            SignalKind.Note => "Note added",
            SignalKind.OpportunityCreated => "Opportunity created",
            SignalKind.OpportunityWorked => "Opportunity worked",
            SignalKind.OpportunityWon => "Opportunity won",
            _ => kind.ToString(),
        };
    }
}
