using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service.Messages;

// Reads a request's parameters by name, so typed requests and `new OrganizationRequest("Name")` behave alike, and faults
// on a missing required parameter or a value of the wrong type.
internal static class RequestParameters
{
    public static T Required<T>(OrganizationRequest request, string name)
        where T : class =>
        Optional<T>(request, name) ?? throw Fault.MissingParameter(request.RequestName, name);

    public static T? Optional<T>(OrganizationRequest request, string name)
        where T : class =>
        Read(request, name) switch
        {
            null => null,
            T typed => typed,
            var other => throw WrongType<T>(request, name, other),
        };

    public static T RequiredValue<T>(OrganizationRequest request, string name)
        where T : struct =>
        OptionalValue<T>(request, name) ?? throw Fault.MissingParameter(request.RequestName, name);

    public static T? OptionalValue<T>(OrganizationRequest request, string name)
        where T : struct =>
        Read(request, name) switch
        {
            null => null,
            T typed => typed,
            var other => throw WrongType<T>(request, name, other),
        };

    private static object? Read(OrganizationRequest request, string name) =>
        request.Parameters.TryGetValue(name, out object? value) ? value : null;

    private static System.ServiceModel.FaultException<OrganizationServiceFault> WrongType<T>(OrganizationRequest request, string name, object value) =>
        Fault.InvalidArgument($"Parameter '{name}' of '{request.RequestName}' must be {typeof(T).Name}; it is {value.GetType().Name}.");
}
