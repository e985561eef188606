using System;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Simulation.Contract;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Running;

/// <summary>The caller of adopt_EvaluateAdoption, against stand-ins that page as DESIGN-evaluation says; the real API is not in solution/ yet.</summary>
public class EvaluationCallTests
{
    private static readonly DateTime Day = new(2026, 3, 2);

    [Fact]
    public void PagedEvaluation_IsCalledUntilHasMoreIsFalseAndTotalled()
    {
        using var org = OrganizationWith<TwoPages>();

        var totals = new EvaluationCall(org.SystemService, people: 150).Run(Day);

        Assert.Equal(new EvaluationTotals(Pages: 2, Evaluated: 150, MessagesSent: 0, MessagesHeld: 7, QuickWinsRaised: 3), totals);
    }

    [Fact]
    public void MoreWithoutACursor_StopsWithAMessage()
    {
        using var org = OrganizationWith<MoreWithoutCursor>();

        var stopped = Assert.Throws<SimulationStoppedException>(() => new EvaluationCall(org.SystemService, people: 10).Run(Day));

        Assert.Equal("adopt_EvaluateAdoption answered HasMore without a NextCursor on page 1 of the daily evaluation for 2026-03-02; a flow could not go on either.", stopped.Message);
    }

    [Fact]
    public void FailingEvaluation_StopsWithItsMessage()
    {
        using var org = OrganizationWith<Failing>();

        var stopped = Assert.Throws<SimulationStoppedException>(() => new EvaluationCall(org.SystemService, people: 10).Run(Day));

        Assert.Equal("adopt_EvaluateAdoption failed on page 1 of the daily evaluation for 2026-03-02: Settings are invalid.", stopped.Message);
    }

    private static EmulatedOrganization OrganizationWith<T>()
        where T : IPlugin
    {
        var org = new EmulatedOrganization();
        org.Plugins.RegisterCustomApi(
            new CustomApiRegistration
            {
                UniqueName = EvaluationApi.Name,
                RequestParameters =
                [
                    new CustomApiRequestParameter { UniqueName = EvaluationApi.Cursor, Type = CustomApiParameterType.String, IsOptional = true },
                    new CustomApiRequestParameter { UniqueName = EvaluationApi.DryRun, Type = CustomApiParameterType.Boolean, IsOptional = true },
                ],
                ResponseProperties =
                [
                    new CustomApiResponseProperty { UniqueName = EvaluationApi.NextCursor, Type = CustomApiParameterType.String },
                    new CustomApiResponseProperty { UniqueName = EvaluationApi.HasMore, Type = CustomApiParameterType.Boolean },
                    new CustomApiResponseProperty { UniqueName = EvaluationApi.Evaluated, Type = CustomApiParameterType.Integer },
                    new CustomApiResponseProperty { UniqueName = EvaluationApi.MessagesSent, Type = CustomApiParameterType.Integer },
                    new CustomApiResponseProperty { UniqueName = EvaluationApi.MessagesHeld, Type = CustomApiParameterType.Integer },
                    new CustomApiResponseProperty { UniqueName = EvaluationApi.QuickWinsRaised, Type = CustomApiParameterType.Integer },
                ],
            },
            typeof(T));
        return org;
    }

    private static void Answer(IServiceProvider services, string? next, int evaluated, int held, int wins)
    {
        var context = (IPluginExecutionContext)services.GetService(typeof(IPluginExecutionContext))!;
        context.OutputParameters[EvaluationApi.NextCursor] = next;
        context.OutputParameters[EvaluationApi.HasMore] = next is not null;
        context.OutputParameters[EvaluationApi.Evaluated] = evaluated;
        context.OutputParameters[EvaluationApi.MessagesSent] = 0;
        context.OutputParameters[EvaluationApi.MessagesHeld] = held;
        context.OutputParameters[EvaluationApi.QuickWinsRaised] = wins;
    }

    private sealed class TwoPages : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var first = !context.InputParameters.Contains(EvaluationApi.Cursor);
            Answer(serviceProvider, first ? "after-100" : null, first ? 100 : 50, first ? 5 : 2, first ? 1 : 2);
        }
    }

    private sealed class MoreWithoutCursor : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            Answer(serviceProvider, null, 10, 0, 0);
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            context.OutputParameters[EvaluationApi.HasMore] = true;
        }
    }

    private sealed class Failing : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("Settings are invalid.");
    }
}
