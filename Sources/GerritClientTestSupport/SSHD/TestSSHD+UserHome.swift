import Foundation

extension TestSSHD {
    /// A home folder for a gerrymander user of this server: `.ssh/known_hosts` that trusts it,
    /// and a config whose `[server]` section reaches it with the test key, followed by `extra`
    /// (more INI sections). Returns the home and the config's path.
    public func userHome(named name: String, extra: String = "") throws -> (home: String, config: String) {
        let home = directory + "/" + name
        try FileManager.default.createDirectory(atPath: home + "/.ssh", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: knownHostsFile, toPath: home + "/.ssh/known_hosts")
        let config = home + "/gerrymander.conf"
        let server = """
            [server]
            hostname = 127.0.0.1
            port = \(port)
            username = \(user)
            keyfile = \(userKey)

            """
        try (server + extra).write(toFile: config, atomically: true, encoding: .utf8)
        return (home, config)
    }
}
