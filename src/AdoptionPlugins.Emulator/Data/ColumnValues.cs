using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Data;

// Converts between SDK values and their stored form, applying the platform's type and range checks on the way in.
internal static class ColumnValues
{
    private const string ActivityParty = "activityparty";
    private const string PartyId = "partyid";
    private const string AddressUsed = "addressused";

    // All date and time columns support values as early as 1 Jan 1753 (dataverse-facts 4.7).
    private static readonly DateTime MinimumDate = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static object? ToStored(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (value is null)
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.String or ColumnType.Memo => Text(table, column, value),
            ColumnType.Integer => value is int number ? StoredValues.Box(number) : throw WrongType(table, column, value),
            ColumnType.BigInt => value is long number ? number : throw WrongType(table, column, value),
            ColumnType.Decimal => value is decimal number ? number : throw WrongType(table, column, value),
            ColumnType.Double => value is double number ? number : throw WrongType(table, column, value),
            ColumnType.Money => value is Money money ? money.Value : throw WrongType(table, column, value),
            ColumnType.Boolean => value is bool flag ? StoredValues.Box(flag) : throw WrongType(table, column, value),
            ColumnType.DateTime => value is DateTime date ? Date(table, column, date) : throw WrongType(table, column, value),
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => Reference(table, column, value),
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => Choice(table, column, value),
            ColumnType.UniqueIdentifier => value is Guid id ? id : throw WrongType(table, column, value),
            ColumnType.PartyList => Parties(table, column, value),
            _ => throw WrongType(table, column, value),
        };
    }

    public static object? ToSdk(ColumnMetadata column, object? stored, Func<StoredReference, string?> nameOf)
    {
        return stored switch
        {
            null => null,
            StoredReference reference => new EntityReference(reference.LogicalName, reference.Id) { Name = nameOf(reference) },
            int number when column.IsChoice => new OptionSetValue(number),
            decimal amount when column.Type == ColumnType.Money => new Money(amount),
            StoredPartyList parties => PartiesToSdk(column, parties, nameOf),
            _ => stored,
        };
    }

    // Condition values arrive as SDK types or raw values; compare them in stored form.
    public static object? ConditionValue(object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        DateTime date => ClientUtc(date),
        Enum choice => Convert.ToInt32(choice, CultureInfo.InvariantCulture),
        _ => value,
    };

    // The SDK serializes a Local DateTime with its offset and the server stores UTC; Unspecified is taken as UTC.
    public static DateTime ClientUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    private static string Text(TableMetadata table, ColumnMetadata column, object value)
    {
        if (value is not string text)
        {
            throw WrongType(table, column, value);
        }

        if (column.MaxLength is { } max && text.Length > max)
        {
            throw Fault.Create(
                ErrorCodes.StringLengthTooLong,
                $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
        }

        return text;
    }

    private static DateTime Date(TableMetadata table, ColumnMetadata column, DateTime value)
    {
        var utc = ClientUtc(value);
        if (utc < MinimumDate)
        {
            throw Fault.Create(
                ErrorCodes.InvalidDateTime,
                $"The date-time format is invalid, or value is outside the supported range. Attribute '{column.LogicalName}' of '{table.LogicalName}', value {value.ToString("o", CultureInfo.InvariantCulture)}.");
        }

        // DateOnly keeps the date with the time at 00:00; TimeZoneIndependent stores what was sent (dataverse-facts 4.8).
        // The Kind the SDK hands back for these two behaviours is UNVERIFIED; Unspecified says "no time zone".
        return column.DateTimeBehavior switch
        {
            DateTimeBehavior.DateOnly => DateTime.SpecifyKind(utc.Date, DateTimeKind.Unspecified),
            DateTimeBehavior.TimeZoneIndependent => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified),
            _ => utc,
        };
    }

    private static StoredReference Reference(TableMetadata table, ColumnMetadata column, object value)
    {
        if (value is not EntityReference reference)
        {
            throw WrongType(table, column, value);
        }

        if (reference.LogicalName is null || !column.Targets.Contains(reference.LogicalName, StringComparer.Ordinal))
        {
            throw Fault.InvalidArgument(
                $"'{reference.LogicalName}' is not a valid target of lookup '{column.LogicalName}' on '{table.LogicalName}'; valid targets: {string.Join(", ", column.Targets)}.");
        }

        if (reference.Id == Guid.Empty)
        {
            throw Fault.InvalidArgument($"Lookup '{column.LogicalName}' on '{table.LogicalName}' was given an empty id.");
        }

        return new StoredReference(string.Intern(reference.LogicalName), reference.Id);
    }

    // A party list arrives as an EntityCollection of activityparty entities, each naming a row (partyid) or only an address.
    private static StoredPartyList Parties(TableMetadata table, ColumnMetadata column, object value)
    {
        if (value is not EntityCollection collection)
        {
            throw WrongType(table, column, value);
        }

        var parties = new List<StoredParty>(collection.Entities.Count);
        foreach (var party in collection.Entities)
        {
            if (party?.LogicalName != ActivityParty)
            {
                throw Fault.InvalidArgument(
                    $"Party list '{column.LogicalName}' on '{table.LogicalName}' takes '{ActivityParty}' entities; one is '{party?.LogicalName ?? "null"}'.");
            }

            var reference = party.Attributes.TryGetValue(PartyId, out var partyId) && partyId is not null ? Reference(table, column, partyId) : null;
            var address = party.Attributes.TryGetValue(AddressUsed, out var raw) ? raw as string ?? throw WrongType(table, column, raw) : null;
            if (reference is null && string.IsNullOrWhiteSpace(address))
            {
                throw Fault.InvalidArgument($"A party in '{column.LogicalName}' on '{table.LogicalName}' needs a '{PartyId}' or an '{AddressUsed}'.");
            }

            parties.Add(new StoredParty(Guid.NewGuid(), reference, address));
        }

        return new StoredPartyList(parties);
    }

    private static EntityCollection PartiesToSdk(ColumnMetadata column, StoredPartyList stored, Func<StoredReference, string?> nameOf)
    {
        var parties = new EntityCollection { EntityName = ActivityParty };
        foreach (var party in stored.Parties)
        {
            var entity = new Entity(ActivityParty, party.ActivityPartyId) { [ActivityParty + "id"] = party.ActivityPartyId };
            if (party.Party is { } reference)
            {
                entity[PartyId] = new EntityReference(reference.LogicalName, reference.Id) { Name = nameOf(reference) };
            }

            if (party.AddressUsed is { } address)
            {
                entity[AddressUsed] = address;
            }

            if (column.ParticipationType is { } mask)
            {
                entity["participationtypemask"] = new OptionSetValue(mask);
            }

            parties.Entities.Add(entity);
        }

        return parties;
    }

    private static object Choice(TableMetadata table, ColumnMetadata column, object value)
    {
        if (value is not OptionSetValue option)
        {
            throw WrongType(table, column, value);
        }

        if (column.AllowedValues.Count > 0 && !column.AllowedValues.Contains(option.Value))
        {
            throw Fault.Create(
                ErrorCodes.PicklistValueOutOfRange,
                $"A validation error occurred. The value {option.Value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range.");
        }

        return StoredValues.Box(option.Value);
    }

    private static FaultException<OrganizationServiceFault> WrongType(TableMetadata table, ColumnMetadata column, object value) =>
        Fault.InvalidArgument(
            $"Incorrect type of attribute value {value.GetType().FullName} for attribute '{column.LogicalName}' of type {column.Type} on entity '{table.LogicalName}'.");
}
