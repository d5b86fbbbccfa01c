// Admin UI script: written with the admin pages.
