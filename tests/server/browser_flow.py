#!/usr/bin/python3
# The portal in a real browser (Chromium headless through Selenium, Debian's
# chromium, chromium-driver and python3-selenium), as its users work with it:
# a clerk downloads the blank form, uploads it with "12,5a" in a cell, sees
# the cell named, fixes it and sees "đã nộp"; the consolidator sees the unit
# move from not submitted to submitted, runs the deadline and downloads the
# consolidated PDF (read with pdftotext); the leader downloads it, signs it
# with `baocao sign` and uploads it (accepted, shown signed), and a tampered
# copy is refused. A screenshot of every page goes to --shots.
#
# Usage: browser_flow.py --url http://127.0.0.1:PORT --baocao EXE --keys DIR --shots DIR
import argparse
import os
import subprocess
import sys
import tempfile
import time

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "mat-khau-thu-nghiem-2025"
KEY_PASS = "mat-khau-khoa-ky-5Rt"


class Check:
    failures = 0

    @classmethod
    def that(cls, ok, what):
        if not ok:
            cls.failures += 1
            print("FAILED: " + what, file=sys.stderr)
        return ok


def browser(downloads, phone=False, pdf_viewer=False):
    o = Options()
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi-VN", "--window-size=1366,768"):
        o.add_argument(a)
    if phone:
        o.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1}})
    o.add_experimental_option("prefs", {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
        # The leader's browser shows PDFs in the page, as an office PC does.
        "plugins.always_open_pdf_externally": not pdf_viewer,
    })
    d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)
    d.set_page_load_timeout(120)
    d.phone = phone
    return d


def body(d):
    return d.find_element(By.TAG_NAME, "body").text


def gone(old):
    """Whether the old page's root has left the document. While the next page
    replaces it, chromedriver may answer "Node with given id does not belong
    to the document" instead of a stale reference: that is gone too."""
    def check(_):
        try:
            old.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True
    return check


def go(d, element):
    """Clicks what leads to another page and waits for that page."""
    old = d.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(d, 120).until(gone(old))
    WebDriverWait(d, 120).until(lambda _: d.execute_script("return document.readyState") == "complete")


def shot(d, shots, name):
    # The whole page, not only the window, so a long list is seen too; then
    # the window as it was (1366x768, an office screen).
    if d.phone:
        d.save_screenshot(os.path.join(shots, name + ".png"))
        return
    height = d.execute_script("return document.documentElement.scrollHeight")
    d.set_window_size(1366, max(768, min(height, 6000)))
    d.save_screenshot(os.path.join(shots, name + ".png"))
    d.set_window_size(1366, 768)


def login(d, url, name):
    d.get(url + "/login")
    d.find_element(By.ID, "name").send_keys(name)
    d.find_element(By.ID, "password").send_keys(PASSWORD)
    go(d, d.find_element(By.CSS_SELECTOR, "form button[type=submit]"))


def wait_file(directory, name, seconds=60):
    path = os.path.join(directory, name)
    for _ in range(seconds * 10):
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            return path
        time.sleep(0.1)
    raise RuntimeError("no download " + path)


def fill(form, out, d6):
    wb = openpyxl.load_workbook(form)
    ws = wb["Biểu mẫu"]
    values = {"C6": 812, "D6": d6, "E6": 27, "F6": 37, "G6": 21, "H6": 24, "I6": 22, "J6": 28,
              "K6": 3777, "L6": 7801, "M6": 514, "N6": 794}
    for cell, v in values.items():
        ws[cell] = v
    wb.save(out)


def upload(d, path):
    d.find_element(By.ID, "file").send_keys(path)
    go(d, d.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]"))


def unit_row(d, name):
    for row in d.find_elements(By.CSS_SELECTOR, "table.units tbody tr"):
        if name in row.text:
            return row.text
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--baocao", required=True)
    ap.add_argument("--keys", required=True)
    ap.add_argument("--shots", required=True)
    a = ap.parse_args()
    os.makedirs(a.shots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="baocao-browser-")
    clerk_dl, ha_dl, leader_dl = (os.path.join(work, n) for n in ("clerk", "ha", "leader"))
    for p in (clerk_dl, ha_dl, leader_dl):
        os.makedirs(p)
    clerk, ha, leader = browser(clerk_dl), browser(ha_dl), browser(leader_dl, pdf_viewer=True)
    try:
        login(d=ha, url=a.url, name="ha")
        Check.that("Tổng hợp: Tỉnh Ninh Bình" in body(ha), "the consolidator's deadlines: " + body(ha)[:300])
        shot(ha, a.shots, "01-tong-hop-cac-han")
        ha.get(a.url + "/unit/37/deadline/2025-12-10")
        Check.that("Chưa nộp" in unit_row(ha, "Phường Phủ Lý"), "Phủ Lý not yet submitted: " + unit_row(ha, "Phủ Lý"))
        shot(ha, a.shots, "02-han-truoc-khi-nop")

        login(d=clerk, url=a.url, name="an")
        Check.that("Phường Phủ Lý" in clerk.title, "the clerk's page: " + clerk.title)
        Check.that("Chưa nộp, còn 1 ngày" in body(clerk), "days left: " + body(clerk)[:400])
        shot(clerk, a.shots, "03-chuyen-vien")
        clerk.find_element(By.PARTIAL_LINK_TEXT, "Tải biểu mẫu trắng").click()
        blank = wait_file(clerk_dl, "bieu-mau-13285-2025.xlsx")
        bad, good = os.path.join(work, "bieu-mau-phu-ly.xlsx"), os.path.join(work, "bieu-mau-phu-ly-da-sua.xlsx")
        fill(blank, bad, "12,5a")
        fill(blank, good, 1204)
        upload(clerk, bad)
        text = body(clerk)
        Check.that("bieu-mau-phu-ly.xlsx, sheet 'Biểu mẫu', ô D6: '12,5a' không phải là số" in text,
                   "the cell named: " + text[:600])
        shot(clerk, a.shots, "04-chuyen-vien-loi")
        clerk.find_element(By.PARTIAL_LINK_TEXT, "Tải danh sách lỗi").click()
        errors = wait_file(clerk_dl, "loi-13285.xlsx")
        ws = openpyxl.load_workbook(errors).worksheets[0]
        Check.that(ws["C2"].value == "D6", "the errors workbook names D6: %r" % ws["C2"].value)
        upload(clerk, good)
        text = body(clerk)
        Check.that("đã nộp" in text.lower(), "submitted: " + text[:400])
        shot(clerk, a.shots, "05-chuyen-vien-da-nop")
        go(clerk, clerk.find_element(By.LINK_TEXT, "Về trang đơn vị"))
        Check.that("Đã nộp ngày 09/12/2025" in body(clerk), "the deadline shows it: " + body(clerk)[:400])
        go(clerk, clerk.find_element(By.PARTIAL_LINK_TEXT, "Lịch sử nộp và"))
        Check.that("bieu-mau-phu-ly-da-sua.xlsx" in body(clerk), "history: " + body(clerk)[:400])
        shot(clerk, a.shots, "06-lich-su")

        ha.refresh()
        Check.that("Đã nộp ngày 09/12/2025" in unit_row(ha, "Phường Phủ Lý"),
                   "the consolidator sees it submitted: " + unit_row(ha, "Phủ Lý"))
        shot(ha, a.shots, "07-han-sau-khi-nop")
        go(ha, ha.find_element(By.CSS_SELECTOR, "form[action$='/run'] button"))
        Check.that("/unit/37/job/" in ha.current_url, "the job's page: " + ha.current_url)
        shot(ha, a.shots, "08-dang-lap")
        for _ in range(600):
            if "Đã xong" in body(ha) or "Lỗi" in body(ha):
                break
            time.sleep(0.2)
            ha.refresh()
        Check.that("Đã xong" in body(ha), "the run finished: " + body(ha)[:500])
        shot(ha, a.shots, "09-da-lap-xong")
        go(ha, ha.find_element(By.PARTIAL_LINK_TEXT, "Về hạn báo cáo"))
        shot(ha, a.shots, "10-van-ban-cua-han")
        ha.find_element(By.PARTIAL_LINK_TEXT, "tong-hop.pdf").click()
        pdf = wait_file(ha_dl, "tong-hop.pdf")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        Check.that("BÁO CÁO" in flat and "Phủ Lý" in flat, "the consolidated report: " + flat[:600])

        login(d=leader, url=a.url, name="lanh.dao")
        Check.that("tong-hop.pdf" in body(leader), "waiting for signature: " + body(leader)[:400])
        shot(leader, a.shots, "11-lanh-dao-cho-ky")
        links = leader.find_elements(By.LINK_TEXT, "Xem trước")
        preview = [l for l in links if "tong-hop.pdf" in l.get_attribute("href")]
        go(leader, preview[0])
        Check.that(len(leader.find_elements(By.CSS_SELECTOR, "iframe.preview")) == 1, "the preview frame")
        time.sleep(3)  # the browser's PDF viewer draws the page
        shot(leader, a.shots, "12-lanh-dao-xem-truoc")
        leader.find_element(By.CSS_SELECTOR, "a.button.secondary").click()
        draft = wait_file(leader_dl, "tong-hop.pdf")
        signed = os.path.join(work, "tong-hop-da-ky.pdf")
        env = dict(os.environ, BAOCAO_TEST_PASS=KEY_PASS)
        r = subprocess.run([a.baocao, "sign", draft, "--out", signed, "--key", os.path.join(a.keys, "leader.key"),
                            "--cert", os.path.join(a.keys, "leader.pem"), "--pass-env", "BAOCAO_TEST_PASS",
                            "--reason", "Phê duyệt báo cáo"], capture_output=True, text=True, env=env,
                           stdin=subprocess.DEVNULL)
        Check.that(r.returncode == 0, "baocao sign: " + r.stderr)
        data = bytearray(open(signed, "rb").read())
        at = data.find(b"/M (D:", os.path.getsize(draft))
        data[at + 8] = ord("2") if data[at + 8] == ord("1") else ord("1")
        tampered = os.path.join(work, "tong-hop-da-sua.pdf")
        open(tampered, "wb").write(bytes(data))
        upload(leader, tampered)
        Check.that("Không nhận bản ký" in body(leader), "the tampered copy refused: " + body(leader)[:500])
        shot(leader, a.shots, "13-lanh-dao-ban-sua-bi-tu-choi")
        upload(leader, signed)
        Check.that("Đã nhận bản ký" in body(leader), "the signed copy accepted: " + body(leader)[:500])
        shot(leader, a.shots, "14-lanh-dao-da-ky")
        go(leader, leader.find_element(By.PARTIAL_LINK_TEXT, "Về danh sách"))
        Check.that("Đã ký: Phạm Thu Hà" in body(leader), "shown signed: " + body(leader)[:400])

        ha.refresh()
        Check.that("Đã ký: Phạm Thu Hà" in body(ha), "the consolidator sees it signed: " + body(ha)[:800])
        shot(ha, a.shots, "15-tong-hop-da-ky")

        admin = browser(work)
        login(d=admin, url=a.url, name="quan.tri")
        shot(admin, a.shots, "16-quan-tri-tai-khoan")
        admin.get(a.url + "/admin/audit")
        Check.that("sign" in body(admin) and "upload" in body(admin), "the audit log: " + body(admin)[:400])
        shot(admin, a.shots, "17-quan-tri-nhat-ky")
        admin.get(a.url + "/admin/import")
        shot(admin, a.shots, "18-quan-tri-nhap")
        admin.quit()

        # The clerk's page on a phone, and the login page in English.
        phone = browser(work, phone=True)
        login(d=phone, url=a.url, name="an")
        Check.that("Đã nộp" in body(phone), "the phone page: " + body(phone)[:300])
        overflow = phone.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        Check.that(not overflow, "the phone page does not scroll sideways")
        shot(phone, a.shots, "19-dien-thoai")
        phone.get(a.url + "/unit/13285?lang=en")
        Check.that("Deadlines and submission" in body(phone), "English: " + body(phone)[:300])
        shot(phone, a.shots, "20-dien-thoai-tieng-anh")
        phone.quit()
    finally:
        for d in (clerk, ha, leader):
            d.quit()
    print("checks failed: %d" % Check.failures)
    return 1 if Check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
