import GerritModel
import Reports
import TUI

/// A diff for the diff pane's golden screens: a change with a comment under its line (and one
/// from a bot, hidden unless shown), a line with tabs, a line too long for any pane, a rename,
/// a binary file and a new file.
enum SampleDiff {
    static let text = """
        diff --git a/nova/virt/libvirt/driver.py b/nova/virt/libvirt/driver.py
        index 1111111..2222222 100644
        --- a/nova/virt/libvirt/driver.py
        +++ b/nova/virt/libvirt/driver.py
        @@ -308,8 +308,10 @@ class LibvirtDriver(driver.ComputeDriver):
                 guest.os_type = 'hvm'
                 if instance.kernel_id:
        -            guest.os_cmdline = CONF.libvirt.cmdline
        +            guest.os_cmdline = self._get_os_cmdline(instance)
        +            guest.os_kernel = instance.kernel_id
                 if image_meta.properties.get('hw_boot_menu'):
         \t\tguest.os_bootmenu = True\t# tabs
        -        return guest
        +        # A deliberately long line that no pane is wide enough to show whole, so it is cut at the edge of the pane with a marker.
        +        return guest
         
         
        diff --git a/nova/virt/images.py b/nova/virt/image_utils.py
        similarity index 91%
        rename from nova/virt/images.py
        rename to nova/virt/image_utils.py
        index 3333333..4444444 100644
        --- a/nova/virt/images.py
        +++ b/nova/virt/image_utils.py
        @@ -1,3 +1,3 @@
        -# images.py
        +# image_utils.py
         import os
         import sys
        diff --git a/doc/diagram.png b/doc/diagram.png
        index 5555555..6666666 100644
        Binary files a/doc/diagram.png and b/doc/diagram.png differ
        diff --git a/releasenotes/notes/cmdline.yaml b/releasenotes/notes/cmdline.yaml
        new file mode 100644
        index 0000000..7777777
        --- /dev/null
        +++ b/releasenotes/notes/cmdline.yaml
        @@ -0,0 +1,2 @@
        +fixes:
        +  - The kernel command line is used again.
        """

    static let diff = PatchDiff(change: 87329, patchSet: 3, base: .parent, files: UnifiedDiffParser.parse(text))

    static let notes = [
        DiffNote(patchSet: 3, side: .new, file: "nova/virt/libvirt/driver.py", line: 310, author: "Gary Kotton", isBot: false,
                 isUnresolved: true, lines: ["please use self.assertIsNone", "> and a quote"]),
        DiffNote(patchSet: 3, side: .new, file: "nova/virt/libvirt/driver.py", line: 311, author: "Jay Pipes", isBot: false,
                 isUnresolved: false, lines: ["Agreed."]),
        DiffNote(patchSet: 3, side: .new, file: "nova/virt/image_utils.py", line: 90, author: "Jay Pipes", isBot: false,
                 isUnresolved: false, lines: ["A line outside the diff: shown under the file."]),
    ]

    static func pane(layout: DiffDocument.Layout, scroll: Int = 0) -> DiffPane {
        let document = DiffDocument(diff: diff, notes: notes, hiddenBots: 1, layout: layout)
        return DiffPane(change: 87329, patchSet: 3, base: .parent, document: document, scroll: scroll, target: document.noteRows.first)
    }
}
