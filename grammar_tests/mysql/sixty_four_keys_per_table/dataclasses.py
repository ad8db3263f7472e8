from typing import Optional

from sqlalchemy import Index
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        Index('ix_00', 'b'),
        Index('ix_01', 'a'),
        Index('ix_02', 'b'),
        Index('ix_03', 'a'),
        Index('ix_04', 'b'),
        Index('ix_05', 'a'),
        Index('ix_06', 'b'),
        Index('ix_07', 'a'),
        Index('ix_08', 'b'),
        Index('ix_09', 'a'),
        Index('ix_10', 'b'),
        Index('ix_11', 'a'),
        Index('ix_12', 'b'),
        Index('ix_13', 'a'),
        Index('ix_14', 'b'),
        Index('ix_15', 'a'),
        Index('ix_16', 'b'),
        Index('ix_17', 'a'),
        Index('ix_18', 'b'),
        Index('ix_19', 'a'),
        Index('ix_20', 'b'),
        Index('ix_21', 'a'),
        Index('ix_22', 'b'),
        Index('ix_23', 'a'),
        Index('ix_24', 'b'),
        Index('ix_25', 'a'),
        Index('ix_26', 'b'),
        Index('ix_27', 'a'),
        Index('ix_28', 'b'),
        Index('ix_29', 'a'),
        Index('ix_30', 'b'),
        Index('ix_31', 'a'),
        Index('ix_32', 'b'),
        Index('ix_33', 'a'),
        Index('ix_34', 'b'),
        Index('ix_35', 'a'),
        Index('ix_36', 'b'),
        Index('ix_37', 'a'),
        Index('ix_38', 'b'),
        Index('ix_39', 'a'),
        Index('ix_40', 'b'),
        Index('ix_41', 'a'),
        Index('ix_42', 'b'),
        Index('ix_43', 'a'),
        Index('ix_44', 'b'),
        Index('ix_45', 'a'),
        Index('ix_46', 'b'),
        Index('ix_47', 'a'),
        Index('ix_48', 'b'),
        Index('ix_49', 'a'),
        Index('ix_50', 'b'),
        Index('ix_51', 'a'),
        Index('ix_52', 'b'),
        Index('ix_53', 'a'),
        Index('ix_54', 'b'),
        Index('ix_55', 'a'),
        Index('ix_56', 'b'),
        Index('ix_57', 'a'),
        Index('ix_58', 'b'),
        Index('ix_59', 'a'),
        Index('ix_60', 'b'),
        Index('ix_61', 'a'),
        Index('ix_62', 'b')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    b: Mapped[Optional[int]] = mapped_column(INTEGER(11))
