from core.styles import load_styles, merge_negative


def test_presets_load_from_the_data_file():
    styles = load_styles()
    assert list(styles)[0] == "none" and styles["none"].suffix == "" and styles["none"].negative == ""
    assert {"photo", "watercolor", "ink"} <= set(styles)
    assert all(p.label_en and p.label_zh for p in styles.values())


def test_negative_prompts_merge_user_first():
    photo = load_styles()["photo"]
    assert merge_negative(photo, "text, watermark") == "text, watermark, " + photo.negative
    assert merge_negative(None, "  ") == ""
    assert merge_negative(load_styles()["none"], "blurry") == "blurry"
