using System;
using AdoptionPlugins.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
