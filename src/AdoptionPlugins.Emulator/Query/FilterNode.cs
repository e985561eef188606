using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Query;

// Conditions and nested filters joined by And or Or.
internal sealed record FilterNode(LogicalOperator Operator, IReadOnlyList<ConditionNode> Conditions, IReadOnlyList<FilterNode> Filters);
