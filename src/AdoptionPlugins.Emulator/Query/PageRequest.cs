namespace AdoptionPlugins.Emulator.Query;

// Count 0 means the default page size; Number starts at 1.
internal sealed record PageRequest(int Count, int Number, string? Cookie, bool ReturnTotalRecordCount)
{
    public static PageRequest FirstPage { get; } = new(0, 1, null, false);
}
