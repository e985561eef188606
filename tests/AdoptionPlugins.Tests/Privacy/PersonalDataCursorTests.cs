using System;
using AdoptionPlugins.Adoption.Privacy;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

public class PersonalDataCursorTests
{
    private static readonly Guid Person = new("5a0c3d1e-2b4f-4a6e-9c8d-7e6f5a4b3c2d");

    [Fact]
    public void NoCursor_StartsAtTheFirstTable()
    {
        var cursor = PersonalDataCursor.Parse(null, Person);

        Assert.Equal((AdoptionDataTable.Signals, (Guid?)null), (cursor.Table, cursor.After));
    }

    [Fact]
    public void ReturnedCursor_ReadsBackAsItWasWritten()
    {
        var written = new PersonalDataCursor(Person, AdoptionDataTable.QuickWins, new Guid("0f2b4c8e-1d3a-4e5f-8a9b-0c1d2e3f4a5b"));

        var read = PersonalDataCursor.Parse(written.ToString(), Person);

        Assert.Equal((written.Table, written.After), (read.Table, read.After));
    }

    [Fact]
    public void CursorOfAnotherPerson_IsRefused()
    {
        var cursor = new PersonalDataCursor(Guid.NewGuid(), AdoptionDataTable.ActivityDays, null).ToString();

        var refusal = Assert.Throws<ArgumentException>(() => PersonalDataCursor.Parse(cursor, Person));

        Assert.StartsWith("The Cursor belongs to another UserId", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("1|5a0c3d1e2b4f4a6e9c8d7e6f5a4b3c2d|9|")]
    [InlineData("1|5a0c3d1e2b4f4a6e9c8d7e6f5a4b3c2d|1|not-a-guid")]
    public void TextThisApiNeverReturned_IsRefused(string text)
    {
        var refusal = Assert.Throws<ArgumentException>(() => PersonalDataCursor.Parse(text, Person));

        Assert.StartsWith("The Cursor is not one this API returned", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfilesTable_IsTheLast()
    {
        Assert.Null(new PersonalDataCursor(Person, AdoptionDataTable.Profiles, null).NextTable());
    }
}
