/** The help texts, in the words a civil servant would use. */

export const newUsage = `Cách dùng: ke-hoach new --loai so|huyen|xa --nam NĂM [--de-cuong MẪU] [-o TỆP]
  Tạo tệp kế hoạch mới từ Đề cương: mục II và các dòng của bảng mục III lấy theo loại đơn vị.
  --loai so      Sở, Ban, ngành
  --loai huyen   UBND huyện, thành phố
  --loai xa      UBND xã, phường (chỉ với Chương trình 2021–2030)
  --nam 2013     năm kế hoạch
  --de-cuong de-cuong-2012            Đề cương kèm Công văn 219 (mặc định)
  --de-cuong chuong-trinh-2021-2030   Chương trình tổng thể CCHC 2021–2030
  -o TỆP         ghi ra tệp (mặc định: in ra màn hình)`;

export const checkUsage = `Cách dùng: ke-hoach check TỆP [--json]
  Kiểm tra kế hoạch theo Công văn 219 và đề cương của kế hoạch; tự chấm theo tiêu chí của Chỉ số CCHC.
  --json         in kết quả dạng JSON
  Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.`;

export const exportUsage = `Cách dùng: ke-hoach export TỆP --format docx|xlsx|json|md [-o TỆP_RA]
  Xuất kế hoạch:
  --format docx  văn bản Word theo thể thức Nghị định 30/2020/NĐ-CP, bảng nhiệm vụ ở phụ lục khổ ngang
  --format xlsx  bảng tính Excel của bảng nhiệm vụ (mục III), có công thức cộng kinh phí
  --format json  tệp kế hoạch theo định dạng hiện hành
  --format md    văn bản Markdown
  -o TỆP_RA      ghi ra tệp (mặc định: json, md in ra màn hình; docx, xlsx ghi ra tệp
                 đặt tên theo năm và đơn vị, ví dụ KH-CCHC-2013-so-noi-vu.docx)`;

export const mainUsage = `ke-hoach: công cụ soạn và kiểm tra kế hoạch cải cách hành chính năm.

${newUsage}

${checkUsage}

${exportUsage}`;
