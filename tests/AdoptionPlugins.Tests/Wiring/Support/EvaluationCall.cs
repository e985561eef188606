using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Wiring.Support;

/// <summary>The pages of one evaluation run as the flow saw them: each response in order, and their totals.</summary>
public sealed class EvaluationCall
{
    public EvaluationCall(IReadOnlyList<OrganizationResponse> pages)
    {
        Pages = pages;
    }

    public IReadOnlyList<OrganizationResponse> Pages { get; }

    public int Evaluated => Pages.Sum(page => (int)page["Evaluated"]);

    public int MessagesSent => Pages.Sum(page => (int)page["MessagesSent"]);

    public int MessagesHeld => Pages.Sum(page => (int)page["MessagesHeld"]);

    public int QuickWinsRaised => Pages.Sum(page => (int)page["QuickWinsRaised"]);

    public int Purged => Pages.Sum(page => (int)page["Purged"]);
}
