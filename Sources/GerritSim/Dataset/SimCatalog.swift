/// Fixed word lists the generator draws from: people, bots, projects, subjects, comments.
enum SimCatalog {
    /// (full name, username); emails are derived.
    static let humans: [(String, String)] = [
        ("Daniel Berrange", "berrange"), ("Jay Pipes", "jaypipes"), ("Vladan Popovic", "vladan"),
        ("Mohammed Naser", "mnaser"), ("Gary Kotton", "garyk"), ("José Álvarez", "jalvarez"),
        ("Zoë Castellanos", "zoec"), ("王伟", "wangwei"), ("Søren Kierkegaard-Hansen", "soren"),
        ("Ólafur Arnalds", "olafur"), ("Matt Riedemann", "mriedem"), ("Sylvain Bauza", "bauzas"),
        ("Balázs Gibizer", "gibi"), ("Stephen Finucane", "stephenfin"), ("Sean Mooney", "sean-k-mooney"),
        ("Dan Smith", "danms"), ("Melanie Witt", "melwitt"), ("Takashi Natsume", "natsume"),
        ("Ghanshyam Mann", "gmann"), ("Artom Lifshitz", "artom"), ("Rodolfo Alonso Hernández", "ralonsoh"),
        ("Slawek Kapłoński", "slaweq"), ("Brian Haley", "haleyb"), ("Lajos Katona", "lajoskatona"),
        ("Yatin Karel", "ykarel"), ("Bernard Cafarelli", "bcafarel"), ("Miguel Lavalle", "mlavalle"),
        ("Akihiro Motoki", "amotoki"), ("Abhishek Kekane", "abhishekk"), ("Erno Kuvaja", "jokke"),
        ("Brian Rosmaita", "rosmaita"), ("Dan Bengtsson", "dbengt"), ("Gorka Eguileor", "geguileo"),
        ("Rajat Dhasmana", "whoami-rajat"), ("Éric Harney", "eharney"), ("Colleen Murphy", "cmurphy"),
        ("Morgan Fainberg", "mdrnstm"), ("Lance Bragstad", "lbragstad"), ("Tim Burke", "timburke"),
        ("Clay Gerrard", "clayg"), ("Radosław Piliszek", "yoctozepto"), ("Ivan Kolodyazhny", "e0ne"),
        ("Ana Krivokapić", "akrivoka"), ("Łukasz Zalewski", "lzalewski"), ("Nguyễn Văn An", "nvan"),
        ("Chloé Dupont 🚀", "chloe"), ("Hiroshi Tanaka", "htanaka"), ("Françoise Müller", "fmuller"),
    ]

    /// (full name, username, CI pipeline name) of the bots.
    static let bots: [(String, String, String)] = [
        ("Zuul", "zuul", "check"),
        ("Jenkins", "jenkins", "gate"),
        ("XenServer CI", "citrix_xenserver_ci", "xenserver"),
        ("VMware NSX CI", "vmware-nsx-ci", "vmware"),
        ("Hyper-V CI", "hyper-v-ci", "hyperv"),
    ]

    /// (project, stable branches, paths).
    static let projects: [(String, [String], [String])] = [
        ("openstack/nova", ["stable/2024.1", "stable/2023.2"], [
            "nova/virt/libvirt/driver.py", "nova/virt/libvirt/config.py", "nova/compute/manager.py",
            "nova/scheduler/manager.py", "nova/api/openstack/compute/servers.py", "nova/objects/instance.py",
            "nova/tests/unit/virt/libvirt/test_driver.py", "nova/tests/functional/test_servers.py",
            "releasenotes/notes/fix-volume-attach-3a1f.yaml", "doc/source/admin/configuration.rst",
        ]),
        ("openstack/neutron", ["stable/2024.1"], [
            "neutron/agent/l3/agent.py", "neutron/plugins/ml2/plugin.py", "neutron/db/models_v2.py",
            "neutron/services/ovn_l3/plugin.py", "neutron/tests/unit/plugins/ml2/test_plugin.py",
            "neutron/common/ovn/utils.py", "releasenotes/notes/ovn-port-binding-12ab.yaml",
        ]),
        ("openstack/glance", [], [
            "glance/api/v2/images.py", "glance/async_/flows/api_image_import.py", "glance/common/utils.py",
            "glance/tests/unit/v2/test_images_resource.py", "doc/source/admin/interoperable-image-import.rst",
        ]),
        ("openstack/cinder", ["stable/2024.1"], [
            "cinder/volume/manager.py", "cinder/volume/drivers/rbd.py", "cinder/api/v3/volumes.py",
            "cinder/tests/unit/volume/drivers/test_rbd.py", "cinder/db/sqlalchemy/api.py",
        ]),
        ("openstack/keystone", [], [
            "keystone/identity/core.py", "keystone/token/providers/fernet/core.py", "keystone/api/users.py",
            "keystone/tests/unit/test_v3_identity.py",
        ]),
        ("openstack/swift", [], [
            "swift/proxy/controllers/obj.py", "swift/obj/server.py", "swift/common/utils/__init__.py",
            "test/unit/proxy/test_server.py",
        ]),
        ("openstack/horizon", [], [
            "openstack_dashboard/dashboards/project/instances/views.py", "horizon/static/horizon/js/horizon.js",
            "openstack_dashboard/locale/zh_CN/LC_MESSAGES/django.po",
        ]),
        ("openstack/nova-specs", [], [
            "specs/2025.1/approved/libvirt-vtpm-live-migration.rst", "specs/2025.1/approved/unified-limits.rst",
            "specs/2025.2/approved/pci-in-placement.rst",
        ]),
        ("openstack/neutron-specs", [], [
            "specs/2025.1/ovn-bgp-agent.rst", "specs/2025.1/port-hints.rst",
        ]),
    ]

    static let verbs = ["Fix", "Add", "Remove", "Refactor", "Use", "Deprecate", "Handle", "Avoid", "Support",
                        "Document", "Bump", "Drop", "Clean up", "Log", "Validate", "Cache"]
    static let objects = ["race in volume attach", "stale port bindings", "vTPM secret handling",
                          "unified limits for quota", "os_command_line when kernel_id is set",
                          "duplicate DB queries", "the deprecated config option", "timeout on image import",
                          "None check in scheduler filter", "UTF-8 in instance names", "RBD clone fallback",
                          "PCI devices in placement", "fernet key rotation", "object expirer backlog",
                          "OVN metadata port", "policy defaults", "Python 3.8 support", "live migration abort",
                          "mypy hints", "locale updates from Zanata"]
    static let areas = ["libvirt", "compute", "scheduler", "api", "ovn", "ml2", "rbd", "tests", "docs", "db"]

    static let topics = ["bp/unified-limits", "bp/vtpm-live-migration", "bug/2061254", "bug/1307344",
                         "ovn-migration", "sqlalchemy-20", "py312", "secure-rbac", "zuul-job-cleanup"]
    static let hashtags = ["ptg", "low-hanging-fruit", "security", "tech-debt", "rfe", "review-priority",
                           "doc", "sdk"]

    static let praise = ["Looks good to me.", "Nice cleanup, thanks!", "LGTM", "Thanks for fixing this.",
                         "+1, the test coverage is good.", "Good catch. Ship it.",
                         "Works for me in devstack — verified with «ceph» backend."]
    static let concerns = ["This needs a release note.", "Please add a unit test for the failure path.",
                           "I don't think this is safe during upgrades.",
                           "Can we avoid the extra DB round trip here?",
                           "The commit message doesn't explain *why*.",
                           "This breaks the API microversion contract — see the spec."]
    static let inline = ["nit: typo", "please use self.assertIsNone", "This can be None here, no?",
                         "Why not reuse the helper in utils?", "nit: s/it's/its/",
                         "This should be debug, not info.", "Missing i18n marker (_)",
                         "Consider a context manager so the lock is released on error.",
                         "I'd rather keep the old name for backwards compatibility.",
                         "\"AMI images\" is a pretty obscure term; say what it means.",
                         "Is 'utf-8' right for names like 王伟 or Zoë?"]
    static let jobs = ["openstack-tox-pep8", "openstack-tox-py311", "openstack-tox-py312", "openstack-tox-docs",
                       "tempest-full-py3", "nova-live-migration", "nova-ceph-multistore", "grenade",
                       "neutron-ovn-tempest-ovs-release", "devstack-platform-ubuntu-noble"]
}
