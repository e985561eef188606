using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// What the credit rule may know about one source row: only columns that the plugin's image and the reconcile query both
/// have, so capture and reconcile decide the same way (DESIGN-capture "Who gets the credit").
/// </summary>
public sealed class ActivityFacts
{
    public ActivityFacts(
        SourceTable table,
        Guid id,
        RecordState state = RecordState.Open,
        UserReference? owner = null,
        UserReference? createdBy = null,
        UserReference? createdOnBehalfBy = null,
        UserReference? modifiedBy = null,
        UserReference? modifiedOnBehalfBy = null,
        DateTime? createdOn = null,
        DateTime? modifiedOn = null,
        DateTime? overriddenCreatedOn = null,
        int? importSequenceNumber = null,
        bool? isOutgoing = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("Activity facts need the row's id.", nameof(id));
        }

        Table = table;
        Id = id;
        State = state;
        Owner = owner;
        CreatedBy = createdBy;
        CreatedOnBehalfBy = createdOnBehalfBy;
        ModifiedBy = modifiedBy;
        ModifiedOnBehalfBy = modifiedOnBehalfBy;
        CreatedOn = Utc(createdOn, nameof(createdOn));
        ModifiedOn = Utc(modifiedOn, nameof(modifiedOn));
        OverriddenCreatedOn = Utc(overriddenCreatedOn, nameof(overriddenCreatedOn));
        ImportSequenceNumber = importSequenceNumber;
        IsOutgoing = isOutgoing;
    }

    public SourceTable Table { get; }

    public Guid Id { get; }

    public RecordState State { get; }

    public UserReference? Owner { get; }

    public UserReference? CreatedBy { get; }

    /// <summary>The delegate who created the row through <see cref="CreatedBy"/>'s identity.</summary>
    public UserReference? CreatedOnBehalfBy { get; }

    public UserReference? ModifiedBy { get; }

    public UserReference? ModifiedOnBehalfBy { get; }

    public DateTime? CreatedOn { get; }

    public DateTime? ModifiedOn { get; }

    /// <summary>Set when the row was migrated with a back-dated creation time.</summary>
    public DateTime? OverriddenCreatedOn { get; }

    /// <summary>Set when the row came from a data import.</summary>
    public int? ImportSequenceNumber { get; }

    /// <summary>directioncode of emails and phone calls: true = outgoing; null for other tables (dataverse-facts 5.1).</summary>
    public bool? IsOutgoing { get; }

    // Dataverse stores UserLocal values in UTC (dataverse-facts 4.8); a local time here would shift the day.
    private static DateTime? Utc(DateTime? value, string name)
    {
        if (value is not { } time)
        {
            return null;
        }

        return time.Kind == DateTimeKind.Local
            ? throw new ArgumentException($"{name} must be UTC, as Dataverse returns it, not a local time.", name)
            : DateTime.SpecifyKind(time, DateTimeKind.Utc);
    }
}
