package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/** An upload whose buttons and messages speak Vietnamese, limited to one file of at most {@code maxBytes}. */
public class VietnameseUpload extends Upload {

    public VietnameseUpload(UploadHandler handler, int maxBytes) {
        super(handler);
        setMaxFiles(1);
        setMaxFileSize(maxBytes);
        setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("Chọn tệp…").setMany("Chọn tệp…"))
                .setDropFiles(new UploadI18N.DropFiles().setOne("hoặc thả tệp vào đây").setMany("hoặc thả tệp vào đây"))
                .setError(new UploadI18N.Error().setTooManyFiles("Chỉ chọn một tệp mỗi lần.")
                        .setFileIsTooBig("Tệp lớn quá " + maxBytes / (1024 * 1024) + " MB.")
                        .setIncorrectFileType("Loại tệp không được nhận."))
                .setUnits(java.util.List.of("B", "kB", "MB", "GB")));
    }
}
