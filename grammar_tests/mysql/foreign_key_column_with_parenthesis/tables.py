from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_am = Table(
    'am', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('zé;l', String(20), server_default=text("'am'"), comment='y_=*="m'),
    Column("y.a'1*}l", String(20), server_default=text("'c日a*)${k'"), comment='b*;,k'),
    Index('x"a1é_/m', 'zé;l')
)

t_x___l = Table(
    'x=$$l', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('ab=ak', String(20), server_default=text("'b*1''/%m'"), comment='y{=m'),
    Column('z;{{"m', INTEGER(11))
)

t_cam = Table(
    'cam', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('y*%(,-l', String(20), server_default=text("'b{Zk'"), comment='b"n'),
    Column('b)$.}#l', INTEGER(11)),
    Column('y{_-k', INTEGER(11)),
    ForeignKeyConstraint(['y{_-k'], ['am.id'], name='cam_ibfk_2'),
    Index('b)$.}#l', 'b)$.}#l'),
    Index('y{_-k', 'y{_-k')
)
