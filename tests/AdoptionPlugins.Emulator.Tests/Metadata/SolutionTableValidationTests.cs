using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Metadata;

/// <summary>Writes to our tables, loaded from solution/, get the platform's faults and defaults.</summary>
public sealed class SolutionTableValidationTests
{
    [Fact]
    public void UnknownColumn_FaultsNamingTableAndColumn()
    {
        using var org = new SolutionOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => org.Service.Create(ASignal.For(org.User).With("adopt_count", 1)));

        Assert.Contains("'adopt_activitysignal' entity doesn't contain attribute with Name = 'adopt_count'", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("adopt_kind", 618370001)]
    [InlineData("adopt_occurredon", "2026-11-25")]
    [InlineData("adopt_sourcekey", 42)]
    public void WrongType_FaultsInvalidArgumentNamingColumn(string column, object value)
    {
        using var org = new SolutionOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Create(ASignal.For(org.User).With(column, value)));

        Assert.Contains($"'{column}'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOverItsMaxLength_FaultsStringLengthTooLong()
    {
        using var org = new SolutionOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.StringLengthTooLong, () => org.Service.Create(ASignal.For(org.User).With("adopt_sourcetable", new string('x', 65))));

        Assert.Contains("'adopt_sourcetable' attribute of the 'adopt_activitysignal' entity exceeded the maximum allowed length of '64'", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(618370009)]
    [InlineData(1)]
    public void ChoiceValueOutsideTheDesign_FaultsPicklistValueOutOfRange(int kind)
    {
        using var org = new SolutionOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.PicklistValueOutOfRange, () => org.Service.Create(ASignal.For(org.User).With("adopt_kind", new OptionSetValue(kind))));

        Assert.Contains($"The value {kind} of 'adopt_kind'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LookupToATeam_FaultsBecauseOnlyUsersAreTargets()
    {
        using var org = new SolutionOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Create(ASignal.For(org.User).With("adopt_userid", new EntityReference("team", Guid.NewGuid()))));

        Assert.Contains("valid targets: systemuser", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimePartOnADateOnlyColumn_IsDroppedAsThePlatformDoes()
    {
        using var org = new SolutionOrganization();

        var id = org.Service.Create(ASignal.DayOf(org.User, new DateTime(2026, 11, 25, 17, 45, 0, DateTimeKind.Utc)));

        var day = org.Service.Retrieve(ASignal.DayTable, id, new ColumnSet("adopt_day")).GetAttributeValue<DateTime>("adopt_day");
        Assert.Equal((new DateTime(2026, 11, 25), TimeSpan.Zero), (day, day.TimeOfDay));
    }

    [Fact]
    public void MissingApplicationRequiredColumn_IsAcceptedAsThePlatformDoes()
    {
        using var org = new SolutionOrganization();

        var id = org.Service.Create(ASignal.For(org.User).Without("adopt_userid"));

        Assert.False(org.Service.Retrieve(ASignal.Table, id, new ColumnSet("adopt_userid")).Contains("adopt_userid"));
    }

    [Fact]
    public void SecondDayRowForTheSameUserAndDay_FaultsOnTheAlternateKey()
    {
        using var org = new SolutionOrganization();
        var day = new DateTime(2026, 11, 25);
        org.Service.Create(ASignal.DayOf(org.User, day));

        var fault = FaultAssert.Throws(ErrorCodes.DuplicateRecordEntityKey, () => org.Service.Create(ASignal.DayOf(org.User, day)));

        Assert.Contains("adopt_userday", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpsertByUserAndDay_UpdatesTheExistingRow()
    {
        using var org = new SolutionOrganization();
        var day = new DateTime(2026, 11, 25);
        var id = org.Service.Create(ASignal.DayOf(org.User, day));
        var keyed = new Entity(ASignal.DayTable, new KeyAttributeCollection { ["adopt_userid"] = org.User, ["adopt_day"] = day }) { ["adopt_totalcount"] = 2 };

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = keyed });

        Assert.Equal((false, id), (response.RecordCreated, response.Target.Id));
        Assert.Equal(2, org.Service.Retrieve(ASignal.DayTable, id, new ColumnSet("adopt_totalcount")).GetAttributeValue<int>("adopt_totalcount"));
    }

    [Fact]
    public void NewRow_IsActiveOwnedByTheCallerWithNoDefaultsForChoicesWithoutOne()
    {
        using var org = new SolutionOrganization();

        var id = org.Service.Create(ASignal.For(org.User).Without("adopt_event"));

        var row = org.Service.Retrieve(ASignal.Table, id, new ColumnSet("statecode", "statuscode", "ownerid", "adopt_event"));
        Assert.Equal((0, 1, org.UserId), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value, row.GetAttributeValue<EntityReference>("ownerid").Id));
        Assert.False(row.Contains("adopt_event"));
    }

    [Fact]
    public void NewProfile_IsNotOptedOutUnlessSaidSo()
    {
        using var org = new SolutionOrganization();

        var id = org.Service.Create(new Entity("adopt_adoptionprofile") { ["adopt_name"] = "Ada Lovelace", ["adopt_userid"] = org.User });

        var row = org.Service.Retrieve("adopt_adoptionprofile", id, new ColumnSet("adopt_isoptedout"));
        Assert.Equal((true, false), (row.Contains("adopt_isoptedout"), row.GetAttributeValue<bool>("adopt_isoptedout")));
    }
}
