namespace AdoptionPlugins.Tooling.Forms;

/// <summary>One column on a form: its logical name, its label, the control class that edits it, and whether it is read-only there.</summary>
public sealed record FormField(string Column, string Label, string ClassId, bool IsReadOnly);
