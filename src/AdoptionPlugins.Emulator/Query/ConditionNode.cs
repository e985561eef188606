using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Query;

// One condition; EntityAlias names a linked table when the condition sits in the outer filter.
internal sealed record ConditionNode(string? EntityAlias, string Attribute, ConditionOperator Operator, IReadOnlyList<object?> Values);
