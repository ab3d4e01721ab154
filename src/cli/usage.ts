/** The help texts, in the words a civil servant would use. */

export const newUsage = `Cách dùng: ke-hoach new --loai tinh|so|huyen|xa --nam NĂM [--de-cuong MẪU] [-o TỆP]
  Tạo tệp kế hoạch mới từ Đề cương: mục II và các dòng của bảng mục III lấy theo loại đơn vị.
  --loai tinh    UBND tỉnh (kế hoạch của tỉnh, căn cứ cho các đơn vị)
  --loai so      Sở, Ban, ngành
  --loai huyen   UBND huyện, thành phố
  --loai xa      UBND xã, phường (chỉ với Chương trình 2021–2030)
  --nam 2013     năm kế hoạch
  --de-cuong de-cuong-2012            Đề cương kèm Công văn 219 (mặc định)
  --de-cuong chuong-trinh-2021-2030   Chương trình tổng thể CCHC 2021–2030
  -o TỆP         ghi ra tệp (mặc định: in ra màn hình)`;

export const checkUsage = `Cách dùng: ke-hoach check TỆP [--den-ngay NGÀY] [--ke-hoach-tinh TỆP_TỈNH] [--json]
  Kiểm tra kế hoạch theo Công văn 219 và đề cương của kế hoạch; tự chấm theo tiêu chí của Chỉ số CCHC.
  --den-ngay 2013-09-14   ngày kiểm tra tiến độ thực hiện (nhiệm vụ quá hạn, ngày hoàn thành)
  --ke-hoach-tinh TỆP_TỈNH  đối chiếu với kế hoạch CCHC của UBND tỉnh: các nhiệm vụ tỉnh giao
                 đơn vị chủ trì, phối hợp và nhiệm vụ tương ứng trong kế hoạch này
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

export const reportUsage = `Cách dùng: ke-hoach report TỆP --ky KỲ [--den-ngay NGÀY] --format docx|xlsx|md|json [-o TỆP_RA]
  Lập báo cáo kết quả thực hiện công tác cải cách hành chính từ tiến độ ghi trong kế hoạch:
  --ky quy-1 | 6-thang | quy-3 | nam   kỳ báo cáo: quý I, 6 tháng, quý III, năm
  --den-ngay 2013-09-14   số liệu tính đến ngày này (mặc định: ngày cuối kỳ lấy số liệu
                          theo lịch báo cáo của kế hoạch, ví dụ 14/9 cho quý III)
  --format docx  văn bản Word theo Nghị định 30/2020/NĐ-CP, các phụ lục ở trang khổ ngang
  --format xlsx  bảng tính Excel của ba phụ lục, có công thức cộng và tỷ lệ hoàn thành
  --format md    văn bản Markdown
  --format json  số liệu: số nhiệm vụ theo từng tình trạng và tỷ lệ hoàn thành (0–1)
  -o TỆP_RA      ghi ra tệp (mặc định: md, json in ra màn hình; docx, xlsx ghi ra tệp
                 đặt tên theo kỳ, năm và đơn vị, ví dụ bao-cao-cchc-quy-3-2013-so-noi-vu.docx)`;

export const roundUsage = `Cách dùng: ke-hoach tong-hop TỆP…|THƯ_MỤC --format xlsx|docx|md|json [-o TỆP_RA]
         [--ke-hoach-tinh TỆP_TỈNH] [--danh-sach DANH_SÁCH.txt] [--han NGÀY] [--nam NĂM]
         [--den-ngay NGÀY] [--phieu-gop-y THƯ_MỤC]
  Tổng hợp kế hoạch CCHC của các cơ quan, đơn vị gửi Sở Nội vụ: đọc từng tệp kế hoạch (.json, tệp
  Word .docx, tệp nén .zip; thư mục được đọc cả các thư mục con), kiểm tra theo hướng dẫn, đối chiếu
  danh sách. Kế hoạch đọc từ Word được ghi "source": "docx" cùng số mục chưa đọc trọn (json).
  --format xlsx  bảng tính: các đơn vị, mọi nhiệm vụ, mọi phát hiện
  --format docx  Báo cáo tổng hợp gửi UBND tỉnh theo Nghị định 30/2020/NĐ-CP
  --format md    Báo cáo tổng hợp dạng Markdown
  --format json  số liệu: các đơn vị, tệp không đọc được, đơn vị chưa gửi, lỗi thường gặp
  --ke-hoach-tinh TỆP_TỈNH  đối chiếu từng kế hoạch với kế hoạch CCHC của UBND tỉnh: nhiệm vụ tỉnh
                 giao chưa thực hiện được tính vào cảnh báo; báo cáo có phụ lục nhiệm vụ của tỉnh
                 chưa đơn vị nào thực hiện
  --danh-sach DANH_SÁCH.txt   các đơn vị phải gửi, mỗi dòng một đơn vị
  --han 2012-12-25     hạn gửi: kế hoạch ban hành sau ngày này là gửi muộn
  --nam 2013           năm kế hoạch: kế hoạch của năm khác được ghi chú
  --den-ngay 2013-09-14   ngày kiểm tra (mặc định: hôm nay)
  --phieu-gop-y THƯ_MỤC   viết thêm phiếu góp ý (.docx) cho từng đơn vị vào thư mục này
  --ten, --co-quan, --tinh, --dia-danh, --nguoi-ky   tên đợt tổng hợp; tên Sở Nội vụ, tỉnh, địa danh
                 và người ký ghi trên văn bản (để trống thì để chỗ trống cho văn thư)
  -o TỆP_RA      ghi ra tệp (mặc định: md, json in ra màn hình; docx, xlsx ghi ra tệp
                 tong-hop-ke-hoach-cchc-NĂM.docx)
  Mã thoát: 0 đã tổng hợp (kể cả khi có tệp không đọc được), 2 tham số sai hoặc không có
  tệp kế hoạch nào đọc được.`;

export const importUsage = `Cách dùng: ke-hoach import TỆP.docx [-o TỆP_RA.json]
  Đọc kế hoạch CCHC soạn bằng Word (.docx) thành tệp kế hoạch: phần đầu văn bản (cơ quan, số, ngày),
  mục tiêu, nhiệm vụ từng lĩnh vực, bảng nhiệm vụ (tìm cột theo tiêu đề), thời gian và kinh phí.
  Những gì không hiểu được ghi vào cột Ghi chú của nhiệm vụ, có dấu [Nhập từ Word], và được liệt kê
  (kèm vị trí trong văn bản) ở thông báo in ra.
  -o TỆP_RA.json  ghi tệp kế hoạch ra tệp này (mặc định: in ra màn hình)
  Mã thoát: 0 đã đọc được kế hoạch, 2 không phải tệp Word .docx hoặc không có bảng nhiệm vụ.`;

export const mainUsage = `ke-hoach: công cụ soạn và kiểm tra kế hoạch cải cách hành chính năm.

${newUsage}

${checkUsage}

${exportUsage}

${reportUsage}

${roundUsage}

${importUsage}`;
