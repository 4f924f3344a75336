SELECT $tag$ %(not_a_param)s $tag$, 'it''s', "Quoted""Name" /* %(c)s */ -- %(d)s
FROM t ORDER BY 1