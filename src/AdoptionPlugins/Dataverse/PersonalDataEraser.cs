using System;
using AdoptionPlugins.Adoption.Privacy;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Erases one person's adoption data for a data subject request (dataverse-facts 7.2), table after table with single Delete
/// requests, at most <see cref="PurgeBatch.MaxRows"/> per page: the signals credited to them (signals others logged on their
/// behalf keep the other's credit and lose the person's name), their activity days, message log, quick wins, leave and, last,
/// their profile. Deleted rows are gone from the next query, so a repeated page just carries on.
/// </summary>
public sealed class PersonalDataEraser
{
    private readonly AdoptionDataGateway _gateway;

    public PersonalDataEraser(AdoptionDataGateway gateway)
    {
        _gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
    }

    public PersonalDataPage ErasePage(PersonalDataCursor cursor)
    {
        _ = cursor ?? throw new ArgumentNullException(nameof(cursor));
        var erased = 0;
        PersonalDataCursor? position = cursor;
        while (position is not null && erased < PurgeBatch.MaxRows)
        {
            var wanted = PurgeBatch.MaxRows - erased;
            var found = EraseSome(position, wanted);
            erased += found;
            position = found == wanted ? new PersonalDataCursor(position.UserId, position.Table, null) : position.NextTable();
        }

        return new PersonalDataPage(position?.ToString(), erased, null);
    }

    private int EraseSome(PersonalDataCursor position, int wanted)
    {
        var rows = _gateway.ReadOfPerson(position.Table, position.UserId, null, wanted, allColumns: false);
        foreach (var row in rows)
        {
            _gateway.Delete(position.Table, row.Id);
        }

        if (position.Table != AdoptionDataTable.Signals || rows.Count == wanted)
        {
            return rows.Count;
        }

        var loggedForThem = _gateway.ReadLoggedOnBehalfOf(position.UserId, wanted - rows.Count);
        foreach (var signal in loggedForThem)
        {
            _gateway.ForgetOnBehalfOf(signal.Id);
        }

        return rows.Count + loggedForThem.Count;
    }
}
