using System.Diagnostics.CodeAnalysis;

// The fixtures exist for the shape of their public API, which the listing tests read; their bodies are filler.
[assembly: SuppressMessage(
    "Performance",
    "CA1822:Mark members as static",
    Scope = "namespaceanddescendants",
    Target = "~N:AdoptionPlugins.Tooling.Tests.Fixtures",
    Justification = "Instance members on purpose: the listing must show them without 'static'.")]
[assembly: SuppressMessage(
    "Design",
    "CA1051:Do not declare visible instance fields",
    Scope = "namespaceanddescendants",
    Target = "~N:AdoptionPlugins.Tooling.Tests.Fixtures",
    Justification = "A protected readonly field is one of the member kinds the listing must show.")]
