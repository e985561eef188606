using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Builds a task with a subject; everything else is optional.</summary>
public sealed class TaskBuilder
{
    private readonly Entity _task = new("task") { ["subject"] = "Call the customer back" };

    public TaskBuilder WithSubject(string? subject)
    {
        _task["subject"] = subject;
        return this;
    }

    public TaskBuilder OwnedBy(Guid userId)
    {
        _task["ownerid"] = new EntityReference("systemuser", userId);
        return this;
    }

    public TaskBuilder DueOn(DateTime due)
    {
        _task["scheduledend"] = due;
        return this;
    }

    public TaskBuilder Taking(int minutes)
    {
        _task["actualdurationminutes"] = minutes;
        return this;
    }

    public TaskBuilder With(string column, object? value)
    {
        _task[column] = value;
        return this;
    }

    public Entity Build() => _task;
}
