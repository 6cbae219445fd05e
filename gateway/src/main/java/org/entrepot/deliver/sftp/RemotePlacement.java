package org.entrepot.deliver.sftp;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CopyMode;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Puts a file on a bank's server so that the bank never sees half of it: the bytes go to a
 * hidden temporary name in the same folder ({@code .<name>.part}), which is then renamed to the
 * final name. Both names depend only on the file's own name, so a retry after a broken
 * connection overwrites what the failed try left instead of adding a second file.
 */
final class RemotePlacement {

    private RemotePlacement() {
    }

    /** Writes {@code content} as {@code folder/name}, atomically where the server can rename over a file. */
    static void place(SftpClient sftp, String folder, String name, byte[] content) throws IOException {
        String temporary = SftpSettings.in(folder, "." + name + ".part");
        try (OutputStream out = sftp.write(temporary)) { // create, truncate a leftover of a failed try
            out.write(content);
        }
        replace(sftp, temporary, SftpSettings.in(folder, name));
    }

    /**
     * Renames {@code from} to {@code to}, replacing {@code to} if it exists: with OpenSSH's
     * {@code posix-rename} (one atomic step, what most bank servers offer), else with the
     * overwrite flag of SFTP 5+, else (plain SFTP 3 refuses to rename over a file) by removing
     * {@code to} first, which only happens when a retry finds the earlier try's file.
     */
    static void replace(SftpClient sftp, String from, String to) throws IOException {
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        if (posix != null && posix.isSupported()) {
            posix.posixRename(from, to);
            return;
        }
        try {
            sftp.rename(from, to, CopyMode.Overwrite);
        } catch (SftpException refused) {
            if (!exists(sftp, to)) {
                throw refused;
            }
            sftp.remove(to);
            sftp.rename(from, to);
        }
    }

    private static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.stat(path);
            return true;
        } catch (SftpException e) {
            return false;
        }
    }
}
