from sqlalchemy import CheckConstraint, Column, DateTime, Double, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_post_stats = Table(
    'post_stats', metadata,
    Column('id', Integer, primary_key=True),
    Column('hot_rank', Double(53), nullable=False, server_default=text('1728')),
    Column('active_rank', Double(53), nullable=False, server_default=text('1728')),
    Column('published', DateTime, nullable=False, server_default=text('now()')),
    Column('code', Text, server_default=text("'none'::character varying")),
    Column('score', Numeric(5, 1)),
    CheckConstraint("code <> 'x'::text", name='post_stats_code_check'),
    CheckConstraint('score > 0::numeric AND score < 100::numeric', name='post_stats_score_check'),
    PrimaryKeyConstraint('id', name='post_stats_pkey'),
    Index('post_stats_code_idx', 'id', postgresql_where="(code = 'a'::text)"),
    Index('post_stats_nonzero_any_idx', 'published', postgresql_where='((hot_rank <> (0)::double precision) OR (active_rank <> (0)::double precision))'),
    Index('post_stats_nonzero_idx', 'published', postgresql_where='(hot_rank <> (0)::double precision)')
)
