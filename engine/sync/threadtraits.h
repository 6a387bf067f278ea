#pragma once

namespace miq {

// Names the calling thread (shown by top -H, perf and debuggers; at most 15 characters).
void nameThisThread(const char *name);
// For helper work that must not slow a run's critical path (the writer): the calling thread
// gets only the CPU time the others leave. Linux only; elsewhere the thread keeps its priority.
void lowerThisThreadsPriority();

} // namespace miq
