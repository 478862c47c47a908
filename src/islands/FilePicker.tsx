/** Choosing files with the file dialog or by dropping them on the box. */
import { useState } from "preact/hooks";

interface Props {
  onFiles: (files: File[]) => void;
}

const accepted = ".xlsx,.xlsm,.xlsb,.xls,.et,.ods,.csv,.tsv,.txt";

/** A file input inside a drop zone. */
export default function FilePicker({ onFiles }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? "file-drop file-drop--over" : "file-drop"}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <label>
        选择文件
        <input
          type="file"
          multiple
          accept={accepted}
          onChange={(event) => {
            const input = event.currentTarget;
            onFiles([...(input.files ?? [])]);
            // Cleared so that choosing the same file again (after fixing it) fires a change.
            input.value = "";
          }}
        />
      </label>
      <p class="note">
        也可以把文件拖到这里。支持 Excel（.xlsx、.xls）、WPS（.et）、OpenDocument（.ods）和
        CSV；可一次选择多个文件，逐个导入。
      </p>
    </div>
  );
}
