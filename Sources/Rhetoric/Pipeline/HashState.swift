/// A C library's hash in progress behind its opaque handle (``SHA256``, ``ContentHash``), freed
/// with the last hasher that holds it.
final class HashState {
    let handle: OpaquePointer
    private let free: (OpaquePointer) -> Void

    /// The handle `make` returns; a library that cannot make one (no memory) stops the program.
    init(library: String, make: () -> OpaquePointer?, free: @escaping (OpaquePointer) -> Void) {
        guard let handle = make() else { preconditionFailure("\(library) cannot start a hash") }
        (self.handle, self.free) = (handle, free)
    }

    deinit { free(handle) }
}
