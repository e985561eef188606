namespace AdoptionPlugins.Emulator.Query;

// The dategrouping parts the emulator evaluates; quarter and the fiscal groupings are not emulated.
internal enum DateGrouping
{
    Day,
    Week,
    Month,
    Year,
}
