from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Am(Base):
    __tablename__ = 'am'
    __table_args__ = (
        Index('x"a1é_/m', 'zé;l'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    zé_l: Mapped[Optional[str]] = mapped_column('zé;l', String(20), server_default=text("'am'"), comment='y_=*="m')
    y_a_1__l: Mapped[Optional[str]] = mapped_column("y.a'1*}l", String(20), server_default=text("'c日a*)${k'"), comment='b*;,k')

    cam: Mapped[list['Cam']] = relationship('Cam', back_populates='am')


class XL(Base):
    __tablename__ = 'x=$$l'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    ab_ak: Mapped[Optional[str]] = mapped_column('ab=ak', String(20), server_default=text("'b*1''/%m'"), comment='y{=m')
    z____m: Mapped[Optional[int]] = mapped_column('z;{{"m', INTEGER(11))


class Cam(Base):
    __tablename__ = 'cam'
    __table_args__ = (
        ForeignKeyConstraint(['y{_-k'], ['am.id'], name='cam_ibfk_2'),
        Index('b)$.}#l', 'b)$.}#l'),
        Index('y{_-k', 'y{_-k')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    y_____l: Mapped[Optional[str]] = mapped_column('y*%(,-l', String(20), server_default=text("'b{Zk'"), comment='b"n')
    b_____l: Mapped[Optional[int]] = mapped_column('b)$.}#l', INTEGER(11))
    y___k: Mapped[Optional[int]] = mapped_column('y{_-k', INTEGER(11))

    am: Mapped[Optional['Am']] = relationship('Am', back_populates='cam')
