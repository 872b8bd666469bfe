@preconcurrency import CNcursesw
import Foundation
import TUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: the only code in gerrymander that touches curses.
///
/// Opening it switches the terminal to full-screen mode (cbreak, no echo, keypad, no cursor,
/// default colours, mouse reporting) and arranges for the terminal to be restored on every
/// way out: `close()`, SIGINT/SIGTERM/SIGHUP (exit status 128 + signal), crashes and `exit`.
/// Ctrl-Z stops the process from the UI's thread (`SuspendRequest`): the terminal is restored,
/// and on `fg` a resize is reported and everything is drawn again; `suspend()` does the same
/// on request.
///
/// Frames are written by `FrameEncoder`, one write each, with the terminal's own escape
/// sequences from terminfo; curses sets the terminal up and back and reads the keys.
///
/// Waiting for keys (`waitForInput`, and `readKey` with a timeout) happens in `poll` on the
/// keyboard and a wake pipe: `waker` ends the wait from any thread, and so does a resize
/// (`ResizeWake` chains a write to the pipe to curses' SIGWINCH handler).
///
/// Use it from one thread. Only one may be open at a time (curses has one screen).
public final class NcursesTerminal: Terminal {
    public private(set) var size: Size
    private let window: UnsafeMutablePointer<WINDOW>
    /// The keyboard: the descriptor curses reads keys from.
    private let inputDescriptor: Int32
    private let wakePipe: WakePipe
    /// The keyboard hung up (the terminal went away): stop polling it, or every wait would
    /// return at once and the loop would spin.
    private var inputHungUp = false
    /// Frames as bytes: curses draws nothing after start-up (it would write once per cursor
    /// movement); it reads keys and sets the terminal up and back.
    private var encoder: FrameEncoder
    /// Where frames are written: curses' output descriptor.
    private let outputDescriptor: Int32
    /// The terminal stopped taking output (it went away): frames are dropped.
    private var outputFailed = false
    private var lastScreen: Screen?
    private var isOpen = true
    private let output: UnsafeMutablePointer<FILE>

    /// Starts full-screen mode.
    ///
    /// Uses stdin/stdout when both are terminals, otherwise `/dev/tty` (so output can be piped).
    /// - Parameters:
    ///   - mouse: Report mouse clicks and wheel (this stops the terminal's own text selection
    ///     unless Shift is held).
    ///   - escapeDelayMs: How long an ESC waits for the rest of a key sequence; short, so Esc
    ///     feels immediate while Alt+key (ESC then the key) still works.
    /// - Throws: `TerminalError` when there is no terminal or TERM is unknown to ncurses.
    public init(mouse: Bool = true, escapeDelayMs: Int = 25) throws {
        // Before curses starts: failing later would leave the terminal in full-screen mode.
        wakePipe = try WakePipe()
        Self.setUpLocale()
        let output: UnsafeMutablePointer<FILE>?
        let input: UnsafeMutablePointer<FILE>?
        if isatty(0) != 0 && isatty(1) != 0 {
            output = fdopen(1, "w")
            input = fdopen(0, "r")
        } else {
            output = fopen("/dev/tty", "w")
            input = fopen("/dev/tty", "r")
        }
        guard let output, let input else {
            throw TerminalError("gerrymander needs a terminal for its full-screen interface, and /dev/tty could not be opened.")
        }
        // Before newterm, so that curses does not install a Ctrl-Z handler of its own.
        SuspendRequest.install(wakingThrough: wakePipe.writeDescriptor)
        guard newterm(nil, output, input) != nil, let window = gm_stdscr() else {
            SuspendRequest.uninstall()
            // ncurses is opened on first use: a missing library is not a terminal problem.
            if let reason = gm_ncurses_load_error() {
                throw TerminalError("gerrymander cannot start its full-screen interface: \(String(cString: reason)).")
            }
            throw TerminalError("The terminal type TERM=\(Self.termName) is not known to ncurses; try TERM=xterm-256color.")
        }
        guard gm_tigetstr("cup") != nil else {
            endwin()
            SuspendRequest.uninstall()
            throw TerminalError("The terminal type TERM=\(Self.termName) cannot move its cursor (no cup in its terminfo entry); try TERM=xterm-256color.")
        }
        self.window = window
        self.output = output
        inputDescriptor = fileno(input)
        ResizeWake.install(wakingThrough: wakePipe.writeDescriptor)
        TerminalRestore.install()
        Self.checkKeyCodes()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        curs_set(0)
        // Ctrl-S and Ctrl-Q are keys here (Ctrl-S sends what the editor holds), not the tty's
        // XOFF/XON flow control, which would freeze the screen. Set after curses' own mode
        // calls (each rewrites the tty from its copy) and saved as its program mode, so the
        // return from an editor keeps it; the shell's settings come back on the way out.
        var attributes = termios()
        if tcgetattr(inputDescriptor, &attributes) == 0 {
            attributes.c_iflag &= ~tcflag_t(IXON | IXOFF)
            tcsetattr(inputDescriptor, TCSANOW, &attributes)
            def_prog_mode()
        }
        set_escdelay(Int32(escapeDelayMs))
        var colorCount = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(gm_COLORS())
        }
        encoder = FrameEncoder(capabilities: .fromTerminfo(colorCount: colorCount))
        outputDescriptor = fileno(output)
        if mouse {
            mousemask(gm_ALL_MOUSE_EVENTS(), nil)
            // Report presses and releases at once instead of waiting to detect clicks.
            mouseinterval(0)
        }
        // Curses' start-up output (alternate screen, keypad and mouse modes, a cleared screen)
        // goes out now, before the first frame is written past it.
        wrefresh(window)
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    deinit {
        close()
    }

    /// Leaves full-screen mode and gives the terminal back to the shell. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        ResizeWake.uninstall()
        SuspendRequest.uninstall()
        TerminalRestore.restore()
        TerminalRestore.uninstall()
    }

    /// Writes the cells that changed since the last frame, then updates the terminal once.
    public func draw(_ screen: Screen) {
        guard isOpen else { return }
        let changes = screen.diff(from: lastScreen)
        lastScreen = screen
        guard !changes.isEmpty, !outputFailed else { return }
        writeAll(encoder.encode(changes, size: screen.size))
    }

    /// Writes a frame in one `write` (more only when the terminal takes part of it).
    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(outputDescriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else if written < 0 && errno == EAGAIN {
                    // A terminal left non-blocking by another program: wait until it takes more.
                    var writable = pollfd(fd: outputDescriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&writable, 1, 1000)
                } else {
                    // The terminal is gone (EIO): the loop ends when input hangs up too.
                    outputFailed = true
                    return
                }
            }
        }
    }

    /// Puts text on the clipboard with OSC 52, which most terminal emulators and tmux honour.
    ///
    /// Written straight to the terminal between frames; curses does not track it because it
    /// draws nothing.
    public func copyToClipboard(_ text: String) {
        guard isOpen else { return }
        fputs(ClipboardSequence.osc52(text), output)
        fflush(output)
    }

    /// Rings the terminal bell.
    public func bell() {
        guard isOpen else { return }
        beep()
    }

    /// Forgets the last frame, so the next `draw` writes every cell and the terminal repaints.
    public func invalidate() {
        lastScreen = nil
    }

    /// Ends a `waitForInput` (or a waiting `readKey`) from any thread.
    public var waker: any TerminalWaker { wakePipe }

    /// Blocks until a key is typed, the terminal is resized, `waker` is woken, or the timeout
    /// passes; see `Terminal.waitForInput(timeoutMs:)`.
    public func waitForInput(timeoutMs: Int?) {
        guard isOpen else { return }
        var descriptors = [pollfd(fd: inputHungUp ? -1 : inputDescriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakePipe.readDescriptor, events: Int16(POLLIN), revents: 0)]
        // EINTR and timeouts need no handling: the caller reads keys next, and a resize has
        // written to the pipe (`ResizeWake`), so it wakes the next wait if not this one.
        _ = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: timeoutMs ?? -1))
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { inputHungUp = true }
        if descriptors[1].revents != 0 { wakePipe.drain() }
    }

    /// Reads the next key; see `Terminal.readKey(timeoutMs:)`.
    ///
    /// ESC followed at once by a character is reported as Alt+character. A terminal resize is
    /// reported as `.resize` with the new size (already in `size`). Waiting happens in
    /// `waitForInput`, so a resize or a wake ends it as well as a key.
    public func readKey(timeoutMs: Int?) -> Key? {
        guard isOpen else { return nil }
        if let key = nextKey() { return key }
        let deadline = timeoutMs.map { ContinuousClock.now + .milliseconds($0) }
        while true {
            var remaining: Int?
            if let deadline {
                let left = deadline - ContinuousClock.now
                guard left > .zero else { return nil }
                remaining = Int((left / .milliseconds(1)).rounded(.up))
            }
            waitForInput(timeoutMs: remaining)
            if let key = nextKey() { return key }
            guard isOpen else { return nil }
        }
    }

    /// The next key already typed (or a resize curses noticed), without waiting.
    private func nextKey() -> Key? {
        if SuspendRequest.take() {
            // Ctrl-Z: back to the shell; once resumed, the UI draws everything again.
            suspend()
            return .resize(size)
        }
        wtimeout(window, 0)
        while true {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            switch result {
            case KEY_CODE_YES:
                if let key = functionKey(UInt32(code)) { return key }
            case OK:
                guard let key = KeyDecoder.key(forCharacter: UInt32(code)) else { continue }
                if key == .escape { return altOrEscape() }
                return key
            default:
                // ERR: nothing is waiting.
                return nil
            }
        }
    }

    /// Gives the terminal back to the shell and stops the process (as Ctrl-Z would); when the
    /// shell resumes it, full-screen mode comes back and the next `draw` repaints everything.
    public func suspend() {
        guard isOpen else { return }
        endwin()
        SuspendRequest.stopNow()
        invalidate()
        wrefresh(window)
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Hands the terminal to another program (an editor) while `body` runs, then takes it back;
    /// the next `draw` repaints everything.
    public func runOutside(_ body: () -> Void) {
        guard isOpen else {
            body()
            return
        }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        invalidate()
        wrefresh(window)
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    // MARK: - Keys

    private func functionKey(_ code: UInt32) -> Key? {
        switch code {
        case UInt32(KEY_RESIZE):
            size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            // What the terminal kept across the resize is not known: the next frame repaints.
            lastScreen = nil
            return .resize(size)
        case UInt32(KEY_MOUSE):
            return mouseKey()
        default:
            return KeyDecoder.key(forCursesCode: code)
        }
    }

    /// After an ESC: curses has already waited the escape delay, so a key typed with Alt is in
    /// the input buffer now. Anything else is put back for the next read.
    private func altOrEscape() -> Key {
        wtimeout(window, 0)
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == OK, let next = KeyDecoder.key(forCharacter: UInt32(code)) {
            if let alt = KeyDecoder.altKey(after: next) { return alt }
            unget_wch(wchar_t(bitPattern: UInt32(code)))
        } else if result == KEY_CODE_YES {
            // A function key after ESC: report ESC now and the key on the next read.
            ungetch(Int32(bitPattern: UInt32(code)))
        }
        return .escape
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let position = Position(x: Int(event.x), y: Int(event.y))
        let state = event.bstate
        if state & gm_BUTTON_PRESSED(4) != 0 { return .mouse(MouseEvent(.scrollUp, at: position)) }
        if state & gm_BUTTON_PRESSED(5) != 0 { return .mouse(MouseEvent(.scrollDown, at: position)) }
        for button in 1...3 {
            if state & (gm_BUTTON_PRESSED(Int32(button)) | gm_BUTTON_CLICKED(Int32(button))) != 0 {
                return .mouse(MouseEvent(.press(button: button), at: position))
            }
            if state & gm_BUTTON_RELEASED(Int32(button)) != 0 {
                return .mouse(MouseEvent(.release(button: button), at: position))
            }
        }
        return nil
    }

    // MARK: - Set-up

    /// `$TERM`, for messages about it.
    private static var termName: String {
        getenv("TERM").map { String(cString: $0) } ?? "(not set)"
    }

    /// Wide characters need a UTF-8 locale; when the environment gives none, use C.UTF-8.
    private static func setUpLocale() {
        setlocale(LC_ALL, "")
        if let codeset = gm_codeset(), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// `KeyDecoder` (pure, in TUI) hard-codes the ncurses key codes; check them once.
    private static func checkKeyCodes() {
        assert(UInt32(KEY_UP) == KeyDecoder.CursesCode.up)
        assert(UInt32(KEY_NPAGE) == KeyDecoder.CursesCode.pageDown)
        assert(UInt32(KEY_BTAB) == KeyDecoder.CursesCode.backTab)
        assert(UInt32(gm_KEY_F(0)) == KeyDecoder.CursesCode.function0)
        assert(UInt32(KEY_RESIZE) == KeyDecoder.CursesCode.resize)
        assert(UInt32(KEY_MOUSE) == KeyDecoder.CursesCode.mouse)
    }
}
