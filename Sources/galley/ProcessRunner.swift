#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GalleyCore

/// Runs external filters: feeds standard input, collects both outputs, enforces the time limit.
///
/// The child runs in its own process group so that a filter script and everything it started
/// are stopped together when the time runs out. Input and output are pumped with `poll`, so a
/// filter that writes before it has read everything cannot deadlock against us.
enum ProcessRunner {
    static func run(_ request: ProcessRequest) -> ProcessResult {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        var errorsFromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0, pipe(&errorsFromChild) == 0 else {
            return ProcessResult(termination: .couldNotStart(String(cString: strerror(errno))), standardOutput: [], standardError: [])
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], STDERR_FILENO)
        for descriptor in toChild + fromChild + errorsFromChild {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = [request.executable] + request.arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, request.executable, &actions, &attributes, &cArguments, environ)
        close(toChild[0])
        close(fromChild[1])
        close(errorsFromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            close(errorsFromChild[0])
            return ProcessResult(termination: .couldNotStart(String(cString: strerror(status))), standardOutput: [], standardError: [])
        }
        var pump = Pump(input: request.standardInput, toChild: toChild[1], fromChild: fromChild[0], errorsFromChild: errorsFromChild[0])
        let finished = pump.run(timeLimit: request.timeLimit)
        if !finished {
            kill(-pid, SIGTERM)
            usleep(100_000)
            kill(-pid, SIGKILL)
        }
        pump.closeAll()
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        let termination: ProcessResult.Termination
        if !finished {
            termination = .timedOut
        } else if exitStatus & 0x7F == 0 {
            termination = .exited((exitStatus >> 8) & 0xFF)
        } else {
            termination = .signalled(exitStatus & 0x7F)
        }
        return ProcessResult(termination: termination, standardOutput: pump.output, standardError: pump.errors)
    }

    /// Moves bytes between us and the child until both outputs close or time runs out.
    struct Pump {
        let input: [UInt8]
        var written = 0
        var toChild: Int32
        var fromChild: Int32
        var errorsFromChild: Int32
        var output: [UInt8] = []
        var errors: [UInt8] = []

        init(input: [UInt8], toChild: Int32, fromChild: Int32, errorsFromChild: Int32) {
            self.input = input
            self.toChild = toChild
            self.fromChild = fromChild
            self.errorsFromChild = errorsFromChild
            _ = fcntl(toChild, F_SETFL, fcntl(toChild, F_GETFL) | O_NONBLOCK)
            if input.isEmpty { close(toChild); self.toChild = -1 }
        }

        /// Returns `false` when the time limit ran out first.
        mutating func run(timeLimit: Double) -> Bool {
            var start = timespec()
            clock_gettime(CLOCK_MONOTONIC, &start)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while fromChild >= 0 || errorsFromChild >= 0 {
                var now = timespec()
                clock_gettime(CLOCK_MONOTONIC, &now)
                let elapsed = Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
                let remaining = timeLimit - elapsed
                if remaining <= 0 { return false }
                var descriptors: [pollfd] = []
                if toChild >= 0 { descriptors.append(pollfd(fd: toChild, events: Int16(POLLOUT), revents: 0)) }
                if fromChild >= 0 { descriptors.append(pollfd(fd: fromChild, events: Int16(POLLIN), revents: 0)) }
                if errorsFromChild >= 0 { descriptors.append(pollfd(fd: errorsFromChild, events: Int16(POLLIN), revents: 0)) }
                let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1) * 1000) + 1)
                if ready < 0 && errno != EINTR { return true }
                for entry in descriptors where entry.revents != 0 {
                    if entry.fd == toChild {
                        writeSome()
                    } else if entry.fd == fromChild {
                        if !readSome(from: fromChild, into: &output, buffer: &buffer) { close(fromChild); fromChild = -1 }
                    } else if entry.fd == errorsFromChild {
                        if !readSome(from: errorsFromChild, into: &errors, buffer: &buffer) {
                            close(errorsFromChild)
                            errorsFromChild = -1
                        }
                    }
                }
            }
            return true
        }

        mutating func writeSome() {
            let count = input[written...].withUnsafeBytes { Glibc.write(toChild, $0.baseAddress, min($0.count, 1 << 16)) }
            if count > 0 { written += count }
            // A child that stopped reading (EPIPE) simply gets no more input.
            if written >= input.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                close(toChild)
                toChild = -1
            }
        }

        /// Returns `false` at end of file.
        func readSome(from descriptor: Int32, into sink: inout [UInt8], buffer: inout [UInt8]) -> Bool {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                sink.append(contentsOf: buffer[0..<count])
                return true
            }
            return count < 0 && (errno == EINTR || errno == EAGAIN)
        }

        mutating func closeAll() {
            for descriptor in [toChild, fromChild, errorsFromChild] where descriptor >= 0 { close(descriptor) }
            toChild = -1
            fromChild = -1
            errorsFromChild = -1
        }
    }
}
