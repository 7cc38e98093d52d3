import TierwisePlatform

/// Keeps the two threads of a ``BatchPipeline`` on different processors.
/// Linux tends to wake a thread on the processor of the thread that woke it;
/// for a producer and a consumer that hand work back and forth that can put
/// both on one processor, and the pipeline then runs no faster than one core.
/// The system calls live in `TierwisePlatform` (``ThreadAffinity``); where
/// they are missing or fail, placement is skipped: it changes speed, never results.
typealias ThreadPlacement = ThreadAffinity
