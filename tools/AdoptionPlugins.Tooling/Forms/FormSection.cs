using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Forms;

/// <summary>A labelled section of a form with one field per row.</summary>
public sealed record FormSection(string Name, string Label, ValueList<FormField> Fields);
